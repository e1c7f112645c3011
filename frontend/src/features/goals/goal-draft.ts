import { GOAL_STATUSES, type GoalInput, type GoalStatus, type GoalView } from './types';

/** The limits the API enforces on goals; checking them here only saves a round trip. */
export const GOAL_LIMITS = {
  title: 300,
  description: 5000,
  successCriterion: 2000,
  indicators: 50,
} as const;

/**
 * A goal's form, its fields named as the API names them so its verdict on a field lands on the
 * right input. An empty string is "none chosen".
 */
export interface GoalDraft {
  title: string;
  description: string;
  successCriterion: string;
  /** `YYYY-MM-DD`, or empty for no due date. */
  dueDate: string;
  responsibleOrganisationId: string;
  focusAreaId: string;
  workingGroupId: string;
  status: GoalStatus;
  indicatorIds: string[];
}

export type GoalField = keyof GoalDraft;

export const EMPTY_GOAL: GoalDraft = {
  title: '',
  description: '',
  successCriterion: '',
  dueDate: '',
  responsibleOrganisationId: '',
  focusAreaId: '',
  workingGroupId: '',
  status: 'ACTIVE',
  indicatorIds: [],
};

export function goalDraftOf(goal: GoalView): GoalDraft {
  return {
    title: goal.title,
    description: goal.description ?? '',
    successCriterion: goal.successCriterion ?? '',
    dueDate: goal.dueDate ?? '',
    responsibleOrganisationId: goal.responsibleOrganisation?.id ?? '',
    focusAreaId: goal.focusArea?.id ?? '',
    workingGroupId: goal.workingGroup?.id ?? '',
    status: goal.status,
    indicatorIds: goal.indicators.map((indicator) => indicator.id),
  };
}

/** The fields of the form the API would reject. */
export function invalidGoalFields(draft: GoalDraft): Set<GoalField> {
  const fields = new Set<GoalField>();
  if (draft.title.trim() === '' || draft.title.length > GOAL_LIMITS.title) fields.add('title');
  if (draft.description.length > GOAL_LIMITS.description) fields.add('description');
  if (draft.successCriterion.length > GOAL_LIMITS.successCriterion) {
    fields.add('successCriterion');
  }
  if (draft.dueDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.dueDate)) fields.add('dueDate');
  if (!GOAL_STATUSES.includes(draft.status)) fields.add('status');
  if (draft.indicatorIds.length > GOAL_LIMITS.indicators) fields.add('indicatorIds');
  return fields;
}

/**
 * The goal to send; only for a draft without invalid fields. Empty optional fields are left out,
 * which clears them: a change sends the whole goal.
 */
export function goalInputOf(draft: GoalDraft): GoalInput {
  const description = draft.description.trim();
  const successCriterion = draft.successCriterion.trim();
  return {
    title: draft.title.trim(),
    ...(description ? { description } : {}),
    ...(successCriterion ? { successCriterion } : {}),
    ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
    ...(draft.responsibleOrganisationId
      ? { responsibleOrganisationId: draft.responsibleOrganisationId }
      : {}),
    ...(draft.focusAreaId ? { focusAreaId: draft.focusAreaId } : {}),
    ...(draft.workingGroupId ? { workingGroupId: draft.workingGroupId } : {}),
    status: draft.status,
    indicatorIds: draft.indicatorIds,
  };
}
