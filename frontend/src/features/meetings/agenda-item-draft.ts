import type { AgendaItemInput, AgendaItemKind, AgendaItemView } from '../../api/types';

export const AGENDA_KINDS: AgendaItemKind[] = ['INFORMATION', 'DISCUSSION', 'DECISION'];

/** The limits the API enforces on agenda items; checking them here only saves a round trip. */
export const ITEM_LIMITS = {
  title: 300,
  background: 50000,
  presenter: 200,
  minDuration: 1,
  maxDuration: 600,
} as const;

/** An agenda item's form; the duration holds a string while it is typed, and may stay empty. */
export interface AgendaItemDraft {
  title: string;
  kind: AgendaItemKind;
  presenter: string;
  durationMinutes: number | string;
  focusAreaId: string;
  background: string;
}

export type AgendaItemField = keyof AgendaItemDraft;

export const EMPTY_ITEM: AgendaItemDraft = {
  title: '',
  kind: 'INFORMATION',
  presenter: '',
  durationMinutes: '',
  focusAreaId: '',
  background: '',
};

export function itemDraftOf(item: AgendaItemView): AgendaItemDraft {
  return {
    title: item.title,
    kind: item.kind,
    presenter: item.presenter ?? '',
    durationMinutes: item.durationMinutes ?? '',
    focusAreaId: item.focusArea?.id ?? '',
    background: item.background ?? '',
  };
}

/** The fields of an agenda item's form the API would reject. */
export function invalidItemFields(draft: AgendaItemDraft): Set<AgendaItemField> {
  const fields = new Set<AgendaItemField>();
  if (draft.title.trim().length === 0 || draft.title.length > ITEM_LIMITS.title) {
    fields.add('title');
  }
  if (draft.presenter.length > ITEM_LIMITS.presenter) fields.add('presenter');
  if (draft.background.length > ITEM_LIMITS.background) fields.add('background');
  if (draft.durationMinutes !== '') {
    const minutes = Number(draft.durationMinutes);
    if (
      !Number.isInteger(minutes) ||
      minutes < ITEM_LIMITS.minDuration ||
      minutes > ITEM_LIMITS.maxDuration
    ) {
      fields.add('durationMinutes');
    }
  }
  return fields;
}

/**
 * The item to send; only for a draft without invalid fields. Empty optional fields are left out,
 * which clears them: a change sends the whole item.
 */
export function itemInputOf(draft: AgendaItemDraft): AgendaItemInput {
  const presenter = draft.presenter.trim();
  const background = draft.background.trim();
  return {
    title: draft.title.trim(),
    kind: draft.kind,
    ...(presenter ? { presenter } : {}),
    ...(draft.durationMinutes !== '' ? { durationMinutes: Number(draft.durationMinutes) } : {}),
    ...(draft.focusAreaId ? { focusAreaId: draft.focusAreaId } : {}),
    ...(background ? { background } : {}),
  };
}
