import { describe, expect, it } from 'vitest';
import { addDays, endOfYears, isIsoDate, latestPeriod, periodOn } from './period-dates';

describe('period dates', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('31.12.2027')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('gives the day after the end of a period, across a new year', () => {
    expect(addDays('2015-12-31', 1)).toBe('2016-01-01');
  });

  it('ends a two-year period the day before its second anniversary', () => {
    expect(endOfYears('2026-01-01', 2)).toBe('2027-12-31');
    expect(endOfYears('2015-01-01', 2)).toBe('2016-12-31');
  });

  it('finds the period that ends last, whatever the order', () => {
    const periods = [
      { id: 'b', endDate: '2019-12-31' },
      { id: 'a', endDate: '2015-12-31' },
    ];
    expect(latestPeriod(periods)?.id).toBe('b');
    expect(latestPeriod([])).toBeUndefined();
  });

  it('finds the period covering a day, its first and last day included', () => {
    const periods = [
      { id: 'a', startDate: '2013-09-01', endDate: '2014-12-31' },
      { id: 'b', startDate: '2015-01-01', endDate: '2016-12-31' },
    ];
    expect(periodOn(periods, '2014-12-31')?.id).toBe('a');
    expect(periodOn(periods, '2015-01-01')?.id).toBe('b');
    expect(periodOn(periods, '2017-01-01')).toBeUndefined();
  });
});
