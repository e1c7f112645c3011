import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (what a date input gives). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && dayjs.utc(value).format('YYYY-MM-DD') === value;
}

/** The calendar date `days` days after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

/**
 * The last day of a period of whole years starting on `start`: 1 January 2026 and 2 years give
 * 31 December 2027.
 */
export function endOfYears(start: string, years: number): string {
  return dayjs.utc(start).add(years, 'year').subtract(1, 'day').format('YYYY-MM-DD');
}

/** The period that ends last, or undefined when there are none. */
export function latestPeriod<T extends { endDate: string }>(periods: readonly T[]): T | undefined {
  return periods.reduce<T | undefined>(
    (latest, period) => (!latest || period.endDate > latest.endDate ? period : latest),
    undefined,
  );
}

/** The period that covers `today` (`YYYY-MM-DD`), if any. */
export function periodOn<T extends { startDate: string; endDate: string }>(
  periods: readonly T[],
  today: string,
): T | undefined {
  return periods.find((period) => period.startDate <= today && today <= period.endDate);
}
