import type { ChairPeriodInput, ChairPeriodView, PartnershipView } from '../../../api/types';
import { addDays, endOfYears, isIsoDate, latestPeriod, periodOn } from '../period-dates';

/** The agreement rotates the chair every two years. */
export const CHAIR_YEARS = 2;
export const MAX_NOTE = 2000;

/** A chair period as the form holds it: dates as `YYYY-MM-DD` (or empty), the note as typed. */
export interface ChairDraft {
  organisationId: string;
  startDate: string;
  endDate: string;
  note: string;
}

export function draftOf(period: ChairPeriodView): ChairDraft {
  return {
    organisationId: period.organisation.id,
    startDate: period.startDate,
    endDate: period.endDate,
    note: period.note ?? '',
  };
}

/**
 * The municipality next in turn: the chair rotates among the municipalities that are parties, in
 * the order of the parties, after the one that chaired last.
 */
function nextInTurn(partnership: PartnershipView, lastChairId: string | undefined): string {
  const municipalities = partnership.parties
    .map((party) => party.organisation)
    .filter((organisation) => organisation.kind === 'KOMMUNE');
  if (municipalities.length === 0) return '';
  const last = municipalities.findIndex((organisation) => organisation.id === lastChairId);
  return municipalities[(last + 1) % municipalities.length].id;
}

/**
 * The next chair period: from the day after the last one ends (or, with none yet, from the start of
 * the current term, or today), for two years, to the municipality next in turn.
 */
export function nextChairDraft(partnership: PartnershipView, today: string): ChairDraft {
  const latest = latestPeriod(partnership.chairPeriods);
  const startDate = latest
    ? addDays(latest.endDate, 1)
    : (periodOn(partnership.terms, today)?.startDate ?? today);
  return {
    organisationId: nextInTurn(partnership, latest?.organisation.id),
    startDate,
    endDate: endOfYears(startDate, CHAIR_YEARS),
    note: '',
  };
}

export function inputOf(draft: ChairDraft): ChairPeriodInput {
  return {
    organisationId: draft.organisationId,
    startDate: draft.startDate,
    endDate: draft.endDate,
    ...(draft.note.trim() ? { note: draft.note } : {}),
  };
}

export type ChairProblem =
  'organisationMissing' | 'startMissing' | 'endMissing' | 'endBeforeStart' | 'noteTooLong';

/**
 * What is wrong with the draft before it is sent, by field, and the other chair period it overlaps
 * (the API refuses overlapping chair periods; saying which one saves a round trip).
 */
export function checkChair(
  draft: ChairDraft,
  otherPeriods: readonly ChairPeriodView[],
): { problems: Partial<Record<keyof ChairDraft, ChairProblem>>; overlapping?: ChairPeriodView } {
  const problems: Partial<Record<keyof ChairDraft, ChairProblem>> = {};
  const startValid = isIsoDate(draft.startDate);
  const endValid = isIsoDate(draft.endDate);
  if (!draft.organisationId) problems.organisationId = 'organisationMissing';
  if (!startValid) problems.startDate = 'startMissing';
  if (!endValid) problems.endDate = 'endMissing';
  else if (startValid && draft.endDate < draft.startDate) problems.endDate = 'endBeforeStart';
  if (draft.note.length > MAX_NOTE) problems.note = 'noteTooLong';
  const overlapping =
    startValid && endValid && !problems.endDate
      ? otherPeriods.find(
          (other) => other.startDate <= draft.endDate && other.endDate >= draft.startDate,
        )
      : undefined;
  return { problems, overlapping };
}
