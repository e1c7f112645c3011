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

/** Whole days added to a calendar date (`YYYY-MM-DD`); negative days go back. */
export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

const WEEKDAY_DATE_TIME_FORMATS: Record<string, string> = {
  da: 'dddd D. MMMM YYYY [kl.] HH.mm',
  en: 'dddd D MMMM YYYY, HH:mm',
};

const TIME_FORMATS: Record<string, string> = { da: 'HH.mm', en: 'HH:mm' };

function inCopenhagen(dateTime: string) {
  const time = dayjs.utc(dateTime);
  return time.isValid() ? time.tz(config.timeZone) : null;
}

/**
 * Formats a date-time with its offset (`2027-03-09T13:00:00+01:00`) as the weekday, date and time
 * it is in Europe/Copenhagen: "tirsdag 9. marts 2027 kl. 13.00".
 */
export function formatWeekdayDateTime(dateTime: string, language: string): string {
  const time = inCopenhagen(dateTime);
  if (!time) return dateTime;
  const locale = localeFor(language);
  return time.locale(locale).format(WEEKDAY_DATE_TIME_FORMATS[locale]);
}

/**
 * When a meeting runs, in Europe/Copenhagen: "tirsdag 9. marts 2027 kl. 13.00–15.00", with the end's
 * own date when it runs past midnight.
 */
export function formatMeetingTime(
  startsAt: string,
  durationMinutes: number,
  language: string,
): string {
  const start = inCopenhagen(startsAt);
  if (!start) return startsAt;
  const locale = localeFor(language);
  const startText = start.locale(locale).format(WEEKDAY_DATE_TIME_FORMATS[locale]);
  const end = start.add(durationMinutes, 'minute');
  return end.isSame(start, 'day')
    ? `${startText}–${end.format(TIME_FORMATS[locale])}`
    : `${startText} – ${end.locale(locale).format(WEEKDAY_DATE_TIME_FORMATS[locale])}`;
}

/** The calendar date (`YYYY-MM-DD`) and time of day (`HH:mm`) a date-time is in Copenhagen. */
export function copenhagenDateAndTime(dateTime: string): { date: string; time: string } | null {
  const time = inCopenhagen(dateTime);
  return time ? { date: time.format('YYYY-MM-DD'), time: time.format('HH:mm') } : null;
}

/**
 * The date-time with its UTC offset (`2027-03-09T13:00:00+01:00`) of a date (`YYYY-MM-DD`) and time
 * of day (`HH:mm`) in Europe/Copenhagen: +01:00 in winter, +02:00 in summer. Null when either is not
 * a real date or time. A time that is skipped when the clocks go forward lands an hour later, as
 * the clocks on the wall do.
 */
export function copenhagenOffsetDateTime(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const [hours, minutes] = time.split(':').map(Number);
  if (hours > 23 || minutes > 59) return null;
  const day = dayjs.utc(date);
  if (!day.isValid() || day.format('YYYY-MM-DD') !== date) return null;
  return dayjs.tz(`${date}T${time}:00`, config.timeZone).format('YYYY-MM-DDTHH:mm:ssZ');
}

/** The day a date-time falls on in Copenhagen, written as a date: "9. marts 2027". */
export function formatDayOf(dateTime: string, language: string): string {
  const day = copenhagenDateAndTime(dateTime)?.date;
  return day ? formatDate(day, language) : dateTime;
}

/** The time of day an instant is in Copenhagen: "13.42" in Danish, "13:42" in English. */
export function formatClock(instant: Date, language: string): string {
  return dayjs(instant).tz(config.timeZone).format(TIME_FORMATS[localeFor(language)]);
}
