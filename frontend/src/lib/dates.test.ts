import { describe, expect, it } from 'vitest';
import {
  addDays,
  copenhagenDateAndTime,
  copenhagenOffsetDateTime,
  formatDate,
  formatClock,
  formatDateTime,
  formatDayOf,
  formatMeetingTime,
  formatWeekdayDateTime,
} from './dates';

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

describe('addDays', () => {
  it('moves across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
});

describe('formatWeekdayDateTime', () => {
  it('writes the weekday, date and Copenhagen time in Danish', () => {
    expect(formatWeekdayDateTime('2027-03-09T13:00:00+01:00', 'da')).toBe(
      'tirsdag 9. marts 2027 kl. 13.00',
    );
  });

  it('reads a time with another offset as the time it is in Copenhagen', () => {
    expect(formatWeekdayDateTime('2027-06-15T11:00:00Z', 'da')).toBe(
      'tirsdag 15. juni 2027 kl. 13.00',
    );
  });

  it('writes the weekday, date and time in English', () => {
    expect(formatWeekdayDateTime('2027-03-09T13:00:00+01:00', 'en')).toBe(
      'Tuesday 9 March 2027, 13:00',
    );
  });

  it('returns the input when it is not a time', () => {
    expect(formatWeekdayDateTime('soon', 'da')).toBe('soon');
  });
});

describe('formatMeetingTime', () => {
  it('writes the start and the end time of a meeting', () => {
    expect(formatMeetingTime('2027-03-09T13:00:00+01:00', 120, 'da')).toBe(
      'tirsdag 9. marts 2027 kl. 13.00–15.00',
    );
    expect(formatMeetingTime('2027-03-09T13:00:00+01:00', 90, 'en')).toBe(
      'Tuesday 9 March 2027, 13:00–14:30',
    );
  });

  it('writes the end date too when the meeting runs past midnight', () => {
    expect(formatMeetingTime('2027-03-09T23:00:00+01:00', 120, 'da')).toBe(
      'tirsdag 9. marts 2027 kl. 23.00 – onsdag 10. marts 2027 kl. 01.00',
    );
  });
});

describe('copenhagenDateAndTime', () => {
  it('gives the date and time of day in Copenhagen', () => {
    expect(copenhagenDateAndTime('2027-06-15T22:30:00Z')).toEqual({
      date: '2027-06-16',
      time: '00:30',
    });
  });

  it('gives nothing for a value that is not a time', () => {
    expect(copenhagenDateAndTime('soon')).toBeNull();
  });
});

describe('copenhagenOffsetDateTime', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(copenhagenOffsetDateTime('2027-03-09', '13:00')).toBe('2027-03-09T13:00:00+01:00');
    expect(copenhagenOffsetDateTime('2027-06-15', '13:00')).toBe('2027-06-15T13:00:00+02:00');
  });

  it('switches offset on the days the clocks change', () => {
    expect(copenhagenOffsetDateTime('2027-03-28', '01:30')).toBe('2027-03-28T01:30:00+01:00');
    expect(copenhagenOffsetDateTime('2027-03-28', '13:00')).toBe('2027-03-28T13:00:00+02:00');
    expect(copenhagenOffsetDateTime('2027-10-31', '13:00')).toBe('2027-10-31T13:00:00+01:00');
  });

  it('moves a time the clocks skip to the hour after', () => {
    expect(copenhagenOffsetDateTime('2027-03-28', '02:30')).toBe('2027-03-28T03:30:00+02:00');
  });

  it('gives nothing for a date or time that does not exist', () => {
    expect(copenhagenOffsetDateTime('2027-02-30', '13:00')).toBeNull();
    expect(copenhagenOffsetDateTime('2027-03-09', '25:00')).toBeNull();
    expect(copenhagenOffsetDateTime('', '13:00')).toBeNull();
    expect(copenhagenOffsetDateTime('2027-03-09', '')).toBeNull();
  });
});

describe('formatDayOf', () => {
  it('writes the Copenhagen day of a late evening start', () => {
    expect(formatDayOf('2027-03-09T23:30:00Z', 'da')).toBe('10. marts 2027');
  });
});

describe('formatClock', () => {
  it('writes the time of day in Copenhagen, the Danish way', () => {
    expect(formatClock(new Date('2027-06-15T11:42:00Z'), 'da')).toBe('13.42');
    expect(formatClock(new Date('2027-01-15T12:42:00Z'), 'en')).toBe('13:42');
  });
});
