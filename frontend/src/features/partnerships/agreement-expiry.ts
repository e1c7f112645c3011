import type { TermView } from '../../api/types';
import { daysBetween } from '../../lib/dates';

export type AgreementExpiry =
  | { kind: 'current'; endDate: string; daysLeft: number }
  | { kind: 'ended'; endDate: string }
  | { kind: 'none' };

/**
 * How long the agreement runs from `today`: the term covering today and the days left of it (a
 * later term that follows on without a gap counts as a renewal, so the last one in the chain
 * decides), or when the last term ended.
 */
export function agreementExpiry(terms: readonly TermView[], today: string): AgreementExpiry {
  const sorted = [...terms].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const current = sorted.find((t) => t.startDate <= today && today <= t.endDate);
  if (!current) {
    const past = sorted.filter((t) => t.endDate < today).at(-1);
    return past ? { kind: 'ended', endDate: past.endDate } : { kind: 'none' };
  }
  let end = current.endDate;
  for (const term of sorted) {
    if (term.startDate > end && daysBetween(end, term.startDate) === 1) {
      end = term.endDate;
    }
  }
  return { kind: 'current', endDate: end, daysLeft: daysBetween(today, end) };
}
