import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  formatPeriod,
  formatPeriodShort,
  normalisePeriod,
  parsePeriod,
  shiftPeriod,
} from './periods';

describe('formatPeriod', () => {
  it('writes months, quarters and years in Danish', () => {
    expect(formatPeriod('2026-03', 'da')).toBe('marts 2026');
    expect(formatPeriod('2026-12', 'da')).toBe('december 2026');
    expect(formatPeriod('2026-Q1', 'da')).toBe('1. kvartal 2026');
    expect(formatPeriod('2026-Q4', 'da')).toBe('4. kvartal 2026');
    expect(formatPeriod('2026', 'da')).toBe('2026');
  });

  it('writes months, quarters and years in English', () => {
    expect(formatPeriod('2026-03', 'en')).toBe('March 2026');
    expect(formatPeriod('2026-Q1', 'en')).toBe('Q1 2026');
    expect(formatPeriod('2026', 'en')).toBe('2026');
  });

  it('falls back to Danish for a language it has no words for', () => {
    expect(formatPeriod('2026-Q2', 'de')).toBe('2. kvartal 2026');
  });

  it('returns anything that is not a period as it is', () => {
    expect(formatPeriod('2026-13', 'da')).toBe('2026-13');
    expect(formatPeriod('2026-Q5', 'da')).toBe('2026-Q5');
    expect(formatPeriod('snart', 'da')).toBe('snart');
  });
});

describe('formatPeriodShort', () => {
  it('writes short axis labels', () => {
    expect(formatPeriodShort('2026-03', 'da')).toBe('mar. 2026');
    expect(formatPeriodShort('2026-05', 'da')).toBe('maj 2026');
    expect(formatPeriodShort('2026-Q3', 'da')).toBe('3. kvt. 2026');
    expect(formatPeriodShort('2026-03', 'en')).toBe('Mar 2026');
    expect(formatPeriodShort('2026-Q3', 'en')).toBe('Q3 2026');
    expect(formatPeriodShort('2026', 'da')).toBe('2026');
  });
});

describe('parsePeriod', () => {
  it('reads a period of the frequency asked for', () => {
    expect(parsePeriod('2026-03', 'MONTH')).toEqual({ frequency: 'MONTH', year: 2026, index: 3 });
    expect(parsePeriod(' 2026-3 ', 'MONTH')).toEqual({ frequency: 'MONTH', year: 2026, index: 3 });
    expect(parsePeriod('2026-Q2', 'QUARTER')).toEqual({
      frequency: 'QUARTER',
      year: 2026,
      index: 2,
    });
    expect(parsePeriod('2026', 'YEAR')).toEqual({ frequency: 'YEAR', year: 2026, index: 1 });
  });

  it('reads a quarter written the Danish way', () => {
    expect(parsePeriod('2026-K4', 'QUARTER')?.index).toBe(4);
    expect(parsePeriod('2026k1', 'QUARTER')?.index).toBe(1);
  });

  it('refuses a period of another frequency or one that does not exist', () => {
    expect(parsePeriod('2026-Q1', 'MONTH')).toBeNull();
    expect(parsePeriod('2026-03', 'QUARTER')).toBeNull();
    expect(parsePeriod('2026-03', 'YEAR')).toBeNull();
    expect(parsePeriod('2026-13', 'MONTH')).toBeNull();
    expect(parsePeriod('2026-00', 'MONTH')).toBeNull();
    expect(parsePeriod('2026-Q5', 'QUARTER')).toBeNull();
    expect(parsePeriod('1899', 'YEAR')).toBeNull();
    expect(parsePeriod('', 'YEAR')).toBeNull();
    expect(parsePeriod('marts 2026', 'MONTH')).toBeNull();
  });
});

describe('normalisePeriod', () => {
  it('writes a period the way the API does', () => {
    expect(normalisePeriod('2026-3', 'MONTH')).toBe('2026-03');
    expect(normalisePeriod('2026-K2', 'QUARTER')).toBe('2026-Q2');
    expect(normalisePeriod(' 2026 ', 'YEAR')).toBe('2026');
  });

  it('leaves text that is no period of the frequency as typed, trimmed', () => {
    expect(normalisePeriod(' 2026-Q2 ', 'MONTH')).toBe('2026-Q2');
  });
});

describe('comparePeriods', () => {
  it('orders periods in time, not as text', () => {
    expect(['2026-10', '2025-12', '2026-02'].sort(comparePeriods)).toEqual([
      '2025-12',
      '2026-02',
      '2026-10',
    ]);
    expect(comparePeriods('2026-Q1', '2025-Q4')).toBeGreaterThan(0);
    expect(comparePeriods('2026', '2026')).toBe(0);
  });
});

describe('shiftPeriod', () => {
  it('steps months, quarters and years across the turn of the year', () => {
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftPeriod('2026-Q2', 5)).toBe('2027-Q3');
    expect(shiftPeriod('2026', 1)).toBe('2027');
  });

  it('gives nothing for what is no period or beyond the years the API accepts', () => {
    expect(shiftPeriod('marts', 1)).toBeNull();
    expect(shiftPeriod('2200', 1)).toBeNull();
  });
});
