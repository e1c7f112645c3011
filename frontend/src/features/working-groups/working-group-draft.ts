import type { WorkingGroupInput, WorkingGroupView } from './types';

/** The limits the API enforces on working groups; checking them here only saves a round trip. */
export const WORKING_GROUP_LIMITS = {
  name: 300,
  mandate: 50000,
  members: 100,
  closingReport: 50000,
} as const;

/**
 * A working group's form, its fields named as the API names them so its verdict on a field lands
 * on the right input. An empty string is "none chosen"; members are the people's ids.
 */
export interface WorkingGroupDraft {
  name: string;
  mandate: string;
  focusAreaId: string;
  leadOrganisationId: string;
  /** `YYYY-MM-DD`, or empty for no deadline. */
  deadline: string;
  memberIds: string[];
}

export type WorkingGroupField = keyof WorkingGroupDraft;

export const EMPTY_WORKING_GROUP: WorkingGroupDraft = {
  name: '',
  mandate: '',
  focusAreaId: '',
  leadOrganisationId: '',
  deadline: '',
  memberIds: [],
};

export function workingGroupDraftOf(group: WorkingGroupView): WorkingGroupDraft {
  return {
    name: group.name,
    mandate: group.mandate ?? '',
    focusAreaId: group.focusArea?.id ?? '',
    leadOrganisationId: group.leadOrganisation?.id ?? '',
    deadline: group.deadline ?? '',
    memberIds: group.members.map((member) => member.id),
  };
}

/** The fields of the form the API would reject. */
export function invalidWorkingGroupFields(draft: WorkingGroupDraft): Set<WorkingGroupField> {
  const fields = new Set<WorkingGroupField>();
  if (draft.name.trim() === '' || draft.name.length > WORKING_GROUP_LIMITS.name) {
    fields.add('name');
  }
  if (draft.mandate.length > WORKING_GROUP_LIMITS.mandate) fields.add('mandate');
  if (draft.deadline !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.deadline)) {
    fields.add('deadline');
  }
  if (draft.memberIds.length > WORKING_GROUP_LIMITS.members) fields.add('memberIds');
  return fields;
}

/**
 * The group to send; only for a draft without invalid fields. Empty optional fields are left out,
 * which clears them: a change sends the whole group. The decision is sent only when the group is
 * set up, as the API does not let it change afterwards.
 */
export function workingGroupInputOf(
  draft: WorkingGroupDraft,
  decisionId?: string | null,
): WorkingGroupInput {
  const mandate = draft.mandate.trim();
  return {
    name: draft.name.trim(),
    ...(mandate ? { mandate } : {}),
    ...(draft.focusAreaId ? { focusAreaId: draft.focusAreaId } : {}),
    ...(draft.leadOrganisationId ? { leadOrganisationId: draft.leadOrganisationId } : {}),
    ...(draft.deadline ? { deadline: draft.deadline } : {}),
    ...(decisionId ? { decisionId } : {}),
    memberIds: draft.memberIds,
  };
}

/** Whether an active group's deadline has passed: the deadline day itself still counts. */
export function isOverdue(group: Pick<WorkingGroupView, 'deadline' | 'status'>, today: string) {
  return group.status === 'ACTIVE' && group.deadline !== null && group.deadline < today;
}
