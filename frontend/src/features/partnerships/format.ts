import { formatDate } from '../../lib/dates';

/** "1. januar 2022 – 31. december 2027"; an open end is left blank. */
export function formatPeriod(
  startDate: string | null | undefined,
  endDate: string | null | undefined,
  language: string,
): string {
  return `${formatDate(startDate, language)} – ${formatDate(endDate, language)}`;
}

/** Compares ISO dates (or any strings) with missing values first. */
export function compareIso(a: string | null | undefined, b: string | null | undefined): number {
  return (a ?? '').localeCompare(b ?? '');
}
