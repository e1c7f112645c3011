import { formatDate } from './dates';

/** How often an indicator is reported, as the API names it. */
export type PeriodFrequency = 'MONTH' | 'QUARTER' | 'YEAR';

export interface Period {
  frequency: PeriodFrequency;
  year: number;
  /** Month 1–12, quarter 1–4, or 1 for a year. */
  index: number;
}

// The same shapes the API accepts; a quarter may be written with the Danish K as well as Q.
const SHAPES: Record<PeriodFrequency, RegExp> = {
  MONTH: /^(\d{4})-(\d{1,2})$/,
  QUARTER: /^(\d{4})-?[QqKk]([1-4])$/,
  YEAR: /^(\d{4})$/,
};

const PER_YEAR: Record<PeriodFrequency, number> = { MONTH: 12, QUARTER: 4, YEAR: 1 };
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * The period written in `text` if it is one of `frequency` (`2026-03`, `2026-Q1` or `2026-K1`,
 * `2026`), with the same limits as the API; null otherwise.
 */
export function parsePeriod(text: string, frequency: PeriodFrequency): Period | null {
  const match = SHAPES[frequency].exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const index = frequency === 'YEAR' ? 1 : Number(match[2]);
  if (year < MIN_YEAR || year > MAX_YEAR || index < 1 || index > PER_YEAR[frequency]) return null;
  return { frequency, year, index };
}

/** The period as the API writes it: `2026-03`, `2026-Q1` or `2026`. */
export function periodKey(period: Period): string {
  switch (period.frequency) {
    case 'MONTH':
      return `${period.year}-${String(period.index).padStart(2, '0')}`;
    case 'QUARTER':
      return `${period.year}-Q${period.index}`;
    default:
      return String(period.year);
  }
}

/** A period as the API writes it, of whichever frequency its shape tells; null for anything else. */
export function readPeriod(key: string): Period | null {
  if (/^\d{4}-\d{2}$/.test(key)) return parsePeriod(key, 'MONTH');
  if (/^\d{4}-Q\d$/.test(key)) return parsePeriod(key, 'QUARTER');
  if (/^\d{4}$/.test(key)) return parsePeriod(key, 'YEAR');
  return null;
}

/** The period `by` periods after `key` (before, when negative), written the API's way; null for no period. */
export function shiftPeriod(key: string, by: number): string | null {
  const period = readPeriod(key);
  if (!period) return null;
  const perYear = PER_YEAR[period.frequency];
  const ordinal = period.year * perYear + period.index - 1 + by;
  const year = Math.floor(ordinal / perYear);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return periodKey({ frequency: period.frequency, year, index: (ordinal % perYear) + 1 });
}

/** `text` written the API's way when it is a period of `frequency`; `text` itself otherwise. */
export function normalisePeriod(text: string, frequency: PeriodFrequency): string {
  const period = parsePeriod(text, frequency);
  return period ? periodKey(period) : text.trim();
}

/** Orders two periods of one frequency as written by the API: earliest first. */
export function comparePeriods(a: string, b: string): number {
  const first = readPeriod(a);
  const second = readPeriod(b);
  if (!first || !second) return a.localeCompare(b);
  return first.year - second.year || first.index - second.index;
}

const QUARTER_NAMES: Record<string, (quarter: number, year: number) => string> = {
  da: (quarter, year) => `${quarter}. kvartal ${year}`,
  en: (quarter, year) => `Q${quarter} ${year}`,
};

const SHORT_QUARTER_NAMES: Record<string, (quarter: number, year: number) => string> = {
  da: (quarter, year) => `${quarter}. kvt. ${year}`,
  en: (quarter, year) => `Q${quarter} ${year}`,
};

function monthDate(period: Period): string {
  return `${period.year}-${String(period.index).padStart(2, '0')}-01`;
}

/**
 * A period in words: "marts 2026", "1. kvartal 2026" or "2026" in Danish; "March 2026",
 * "Q1 2026" or "2026" in English. Anything that is not a period is returned as it is.
 */
export function formatPeriod(key: string, language: string): string {
  const period = readPeriod(key);
  if (!period) return key;
  switch (period.frequency) {
    case 'MONTH':
      return formatDate(monthDate(period), language, 'month');
    case 'QUARTER':
      return (QUARTER_NAMES[language] ?? QUARTER_NAMES.da)(period.index, period.year);
    default:
      return String(period.year);
  }
}

const SHORT_MONTHS: Record<string, string[]> = {
  da: [
    'jan.',
    'feb.',
    'mar.',
    'apr.',
    'maj',
    'jun.',
    'jul.',
    'aug.',
    'sep.',
    'okt.',
    'nov.',
    'dec.',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** A period in few characters, for the axis of a chart: "mar. 2026", "1. kvt. 2026", "2026". */
export function formatPeriodShort(key: string, language: string): string {
  const period = readPeriod(key);
  if (!period) return key;
  switch (period.frequency) {
    case 'MONTH':
      return `${(SHORT_MONTHS[language] ?? SHORT_MONTHS.da)[period.index - 1]} ${period.year}`;
    case 'QUARTER':
      return (SHORT_QUARTER_NAMES[language] ?? SHORT_QUARTER_NAMES.da)(period.index, period.year);
    default:
      return String(period.year);
  }
}
