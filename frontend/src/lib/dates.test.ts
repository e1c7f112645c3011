import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

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

describe('formatDateTime', () => {
  it('writes the time it was in Copenhagen, in winter and in summer', () => {
    expect(formatDateTime('2026-03-12T13:05:00Z', 'da')).toBe('12. marts 2026 kl. 14.05');
    expect(formatDateTime('2026-07-01T22:30:00Z', 'da')).toBe('2. juli 2026 kl. 00.30');
  });

  it('writes an English date and time', () => {
    expect(formatDateTime('2026-03-12T13:05:00Z', 'en')).toBe('12 March 2026, 14:05');
  });

  it('returns the input when it is not a time', () => {
    expect(formatDateTime('not-a-time', 'da')).toBe('not-a-time');
  });
});
