import type { FollowUpInput, FollowUpView } from '../../../api/types';
import { MINUTES_LIMITS } from './use-minutes';

/** A follow-up item's form; an empty string is "none chosen". */
export interface FollowUpDraft {
  title: string;
  responsibleOrganisationId: string;
  responsiblePersonId: string;
  /** `YYYY-MM-DD`, or empty for no due date. */
  dueDate: string;
}

export type FollowUpField = keyof FollowUpDraft;

export const EMPTY_FOLLOW_UP: FollowUpDraft = {
  title: '',
  responsibleOrganisationId: '',
  responsiblePersonId: '',
  dueDate: '',
};

export function followUpDraftOf(item: FollowUpView): FollowUpDraft {
  return {
    title: item.title,
    responsibleOrganisationId: item.responsibleOrganisation?.id ?? '',
    responsiblePersonId: item.responsiblePerson?.id ?? '',
    dueDate: item.dueDate ?? '',
  };
}

/**
 * The fields the API would reject. Someone must be responsible: an organisation, a person or
 * both; a missing one is reported at the organisation, the first of the two.
 */
export function invalidFollowUpFields(draft: FollowUpDraft): Set<FollowUpField> {
  const fields = new Set<FollowUpField>();
  if (draft.title.trim() === '' || draft.title.length > MINUTES_LIMITS.followUpTitle) {
    fields.add('title');
  }
  if (!draft.responsibleOrganisationId && !draft.responsiblePersonId) {
    fields.add('responsibleOrganisationId');
  }
  if (draft.dueDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.dueDate)) fields.add('dueDate');
  return fields;
}

/** The item to send; only for a draft without invalid fields. A change sends the whole item. */
export function followUpInputOf(draft: FollowUpDraft, agendaItemId: string): FollowUpInput {
  return {
    agendaItemId,
    title: draft.title.trim(),
    ...(draft.responsibleOrganisationId
      ? { responsibleOrganisationId: draft.responsibleOrganisationId }
      : {}),
    ...(draft.responsiblePersonId ? { responsiblePersonId: draft.responsiblePersonId } : {}),
    ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
  };
}
