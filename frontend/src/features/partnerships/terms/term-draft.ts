import type { TermInput, TermKind, TermView } from '../../../api/types';
import { addDays, isIsoDate, latestPeriod } from '../period-dates';

export const TERM_KINDS: TermKind[] = ['INITIAL', 'RENEWAL'];
export const MAX_EVALUATION = 5000;
export const MAX_NOTE = 2000;

/** A term as the form holds it: dates as `YYYY-MM-DD` (or empty), texts as typed. */
export interface TermDraft {
  startDate: string;
  endDate: string;
  kind: TermKind;
  signedOn: string;
  evaluationOutcome: string;
  note: string;
}

export function draftOf(term: TermView): TermDraft {
  return {
    startDate: term.startDate,
    endDate: term.endDate,
    kind: term.kind,
    signedOn: term.signedOn ?? '',
    evaluationOutcome: term.evaluationOutcome ?? '',
    note: term.note ?? '',
  };
}

/** A new term: the first one is the initial agreement, any later one a renewal. */
export function newTermDraft(terms: readonly TermView[]): TermDraft {
  return {
    startDate: '',
    endDate: '',
    kind: terms.length === 0 ? 'INITIAL' : 'RENEWAL',
    signedOn: '',
    evaluationOutcome: '',
    note: '',
  };
}

/**
 * The renewal of the agreement: a RENEWAL term from the day after the last term ends. Its end is
 * left for the user, as renewals have run for different lengths.
 */
export function renewalDraft(terms: readonly TermView[]): TermDraft {
  const latest = latestPeriod(terms);
  return {
    ...newTermDraft(terms),
    kind: 'RENEWAL',
    startDate: latest ? addDays(latest.endDate, 1) : '',
  };
}

/** Empty optional fields are left out: the API reads a missing value as none. */
export function inputOf(draft: TermDraft): TermInput {
  return {
    startDate: draft.startDate,
    endDate: draft.endDate,
    kind: draft.kind,
    ...(draft.signedOn ? { signedOn: draft.signedOn } : {}),
    ...(draft.evaluationOutcome.trim() ? { evaluationOutcome: draft.evaluationOutcome } : {}),
    ...(draft.note.trim() ? { note: draft.note } : {}),
  };
}

export type TermProblem =
  | 'startMissing'
  | 'endMissing'
  | 'endNotAfterStart'
  | 'signedOnInvalid'
  | 'evaluationTooLong'
  | 'noteTooLong';

/**
 * What is wrong with the draft before it is sent, by field, and the other term it overlaps (the
 * API refuses overlapping terms; saying which one saves a round trip).
 */
export function checkTerm(
  draft: TermDraft,
  otherTerms: readonly TermView[],
): { problems: Partial<Record<keyof TermDraft, TermProblem>>; overlapping?: TermView } {
  const problems: Partial<Record<keyof TermDraft, TermProblem>> = {};
  const startValid = isIsoDate(draft.startDate);
  const endValid = isIsoDate(draft.endDate);
  if (!startValid) problems.startDate = 'startMissing';
  if (!endValid) problems.endDate = 'endMissing';
  else if (startValid && draft.endDate <= draft.startDate) problems.endDate = 'endNotAfterStart';
  if (draft.signedOn && !isIsoDate(draft.signedOn)) problems.signedOn = 'signedOnInvalid';
  if (draft.evaluationOutcome.length > MAX_EVALUATION) {
    problems.evaluationOutcome = 'evaluationTooLong';
  }
  if (draft.note.length > MAX_NOTE) problems.note = 'noteTooLong';
  const overlapping =
    startValid && endValid && !problems.endDate
      ? otherTerms.find(
          (other) => other.startDate <= draft.endDate && other.endDate >= draft.startDate,
        )
      : undefined;
  return { problems, overlapping };
}
