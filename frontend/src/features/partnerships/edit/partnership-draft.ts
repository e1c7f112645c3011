import type { PartnershipInput, PartnershipView } from '../../../api/types';

/** The limits the API enforces on PartnershipInput; checking them here only saves a round trip. */
export const LIMITS = {
  name: 300,
  description: 5000,
  purpose: 2000,
  principle: 200,
  listItems: 20,
  rulesOfProcedure: 50000,
  economyNotes: 5000,
  minMeetings: 0,
  maxMeetings: 52,
} as const;

/** The edit form's values; a number input holds a string while it is being typed. */
export interface PartnershipDraft {
  name: string;
  description: string;
  purposes: string[];
  principles: string[];
  rulesOfProcedure: string;
  economyNotes: string;
  minMeetingsPerYear: number | string;
}

export function draftOf(partnership: PartnershipView): PartnershipDraft {
  return {
    name: partnership.name,
    description: partnership.description ?? '',
    purposes: [...partnership.purposes],
    principles: [...partnership.principles],
    rulesOfProcedure: partnership.rulesOfProcedure ?? '',
    economyNotes: partnership.economyNotes ?? '',
    minMeetingsPerYear: partnership.minMeetingsPerYear,
  };
}

function isBlankOrLonger(text: string, max: number): boolean {
  return text.trim().length === 0 || text.length > max;
}

/** The fields (named as the API names them: `name`, `purposes[0]`) that the API would reject. */
export function invalidFields(draft: PartnershipDraft): Set<string> {
  const fields = new Set<string>();
  if (isBlankOrLonger(draft.name, LIMITS.name)) fields.add('name');
  if (draft.description.length > LIMITS.description) fields.add('description');
  draft.purposes.forEach((purpose, index) => {
    if (isBlankOrLonger(purpose, LIMITS.purpose)) fields.add(`purposes[${index}]`);
  });
  if (draft.purposes.length > LIMITS.listItems) fields.add('purposes');
  draft.principles.forEach((principle, index) => {
    if (isBlankOrLonger(principle, LIMITS.principle)) fields.add(`principles[${index}]`);
  });
  if (draft.principles.length > LIMITS.listItems) fields.add('principles');
  if (draft.rulesOfProcedure.length > LIMITS.rulesOfProcedure) fields.add('rulesOfProcedure');
  if (draft.economyNotes.length > LIMITS.economyNotes) fields.add('economyNotes');
  const meetings = Number(draft.minMeetingsPerYear);
  if (
    draft.minMeetingsPerYear === '' ||
    !Number.isInteger(meetings) ||
    meetings < LIMITS.minMeetings ||
    meetings > LIMITS.maxMeetings
  ) {
    fields.add('minMeetingsPerYear');
  }
  return fields;
}

export function inputOf(draft: PartnershipDraft): PartnershipInput {
  return {
    name: draft.name,
    description: draft.description,
    purposes: draft.purposes,
    principles: draft.principles,
    rulesOfProcedure: draft.rulesOfProcedure,
    economyNotes: draft.economyNotes,
    minMeetingsPerYear: Number(draft.minMeetingsPerYear),
  };
}
