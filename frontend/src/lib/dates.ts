import dayjs from 'dayjs';
import 'dayjs/locale/da';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { config } from './config';

dayjs.extend(utc);
dayjs.extend(timezone);

export type DateStyle = 'long' | 'numeric' | 'month';

const FORMATS: Record<string, Record<DateStyle, string>> = {
  da: { long: 'D. MMMM YYYY', numeric: 'DD.MM.YYYY', month: 'MMMM YYYY' },
  en: { long: 'D MMMM YYYY', numeric: 'DD/MM/YYYY', month: 'MMMM YYYY' },
};

function formatsFor(language: string) {
  return FORMATS[language] ?? FORMATS.da;
}

function localeFor(language: string): string {
  return language in FORMATS ? language : 'da';
}

/**
 * Formats a calendar date (`YYYY-MM-DD`) as a Danish date: "1. september 2013" (long),
 * "01.09.2013" (numeric) or "september 2013" (month). The date is read in Europe/Copenhagen, so
 * it never shifts a day whatever the browser's time zone.
 */
export function formatDate(isoDate: string, language: string, style: DateStyle = 'long'): string {
  const date = dayjs.tz(isoDate, config.timeZone);
  if (!date.isValid()) return isoDate;
  return date.locale(localeFor(language)).format(formatsFor(language)[style]);
}

const DATE_TIME_FORMATS: Record<string, string> = {
  da: 'D. MMMM YYYY [kl.] HH.mm',
  en: 'D MMMM YYYY, HH:mm',
};

/**
 * Formats an instant (RFC 3339, e.g. `2026-03-12T13:05:00Z`) as the time it was in
 * Europe/Copenhagen: "12. marts 2026 kl. 14.05".
 */
export function formatDateTime(instant: string, language: string): string {
  const time = dayjs.utc(instant);
  if (!time.isValid()) return instant;
  return time
    .tz(config.timeZone)
    .locale(localeFor(language))
    .format(DATE_TIME_FORMATS[localeFor(language)]);
}

/** Today's calendar date (`YYYY-MM-DD`) in the partnerships' time zone, Europe/Copenhagen. */
export function todayInCopenhagen(now: Date = new Date()): string {
  return dayjs(now).tz(config.timeZone).format('YYYY-MM-DD');
}

/** Whole days from one calendar date (`YYYY-MM-DD`) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day');
}
