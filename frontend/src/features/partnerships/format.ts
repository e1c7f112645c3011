import { formatDate } from '../../lib/dates';

/** "1. januar 2022 – 31. december 2027". */
export function formatPeriod(startDate: string, endDate: string, language: string): string {
  return `${formatDate(startDate, language)} – ${formatDate(endDate, language)}`;
}

/** The calendar years of a period: "2013–2015", or "2019" when it starts and ends in one year. */
export function formatYears(startDate: string, endDate: string): string {
  const start = startDate.slice(0, 4);
  const end = endDate.slice(0, 4);
  return start === end ? start : `${start}–${end}`;
}
