import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';

describe('formatDate', () => {
  it('writes a Danish long date', () => {
    expect(formatDate('2013-09-01', 'da')).toBe('1. september 2013');
  });

  it('writes a Danish numeric date', () => {
    expect(formatDate('2013-09-01', 'da', 'numeric')).toBe('01.09.2013');
  });

  it('writes a month and year for month precision', () => {
    expect(formatDate('2016-10-01', 'da', 'month')).toBe('oktober 2016');
  });

  it('writes an English long date', () => {
    expect(formatDate('2027-12-31', 'en')).toBe('31 December 2027');
  });

  it('returns the input when it is not a date', () => {
    expect(formatDate('not-a-date', 'da')).toBe('not-a-date');
  });
});
