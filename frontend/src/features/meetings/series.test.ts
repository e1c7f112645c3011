import { describe, expect, it } from 'vitest';
import { mondayOf, seriesMeetings, withExisting, type ExistingMeeting } from './series';

describe('seriesMeetings', () => {
  it('plans a quarterly series on the first meeting’s weekday, titled by quarter', () => {
    // 9 March 2027 is a Tuesday; 9 June, 9 September and 9 December are not.
    expect(seriesMeetings('Partnerskabsmøde', '2027-03-09', 4, 3)).toEqual([
      { date: '2027-03-09', title: 'Partnerskabsmøde – 1. kvartal 2027' },
      { date: '2027-06-15', title: 'Partnerskabsmøde – 2. kvartal 2027' },
      { date: '2027-09-14', title: 'Partnerskabsmøde – 3. kvartal 2027' },
      { date: '2027-12-14', title: 'Partnerskabsmøde – 4. kvartal 2027' },
    ]);
  });

  it('keeps a date that already falls on the weekday', () => {
    // 4 January 2027 and 4 October 2027 are both Mondays.
    expect(seriesMeetings('Møde', '2027-01-04', 2, 9).map((meeting) => meeting.date)).toEqual([
      '2027-01-04',
      '2027-10-04',
    ]);
  });

  it('uses the last day of a shorter month before moving to the weekday', () => {
    // 31 January 2027 is a Sunday; 28 February 2027 is a Sunday too.
    expect(seriesMeetings('Møde', '2027-01-31', 2, 1).map((meeting) => meeting.date)).toEqual([
      '2027-01-31',
      '2027-02-28',
    ]);
  });

  it('crosses into the next year', () => {
    expect(seriesMeetings(' Møde ', '2027-11-02', 2, 3)).toEqual([
      { date: '2027-11-02', title: 'Møde – 4. kvartal 2027' },
      { date: '2028-02-08', title: 'Møde – 1. kvartal 2028' },
    ]);
  });

  it('plans nothing without a real first date', () => {
    expect(seriesMeetings('Møde', '', 4, 3)).toEqual([]);
    expect(seriesMeetings('Møde', '2027-02-30', 4, 3)).toEqual([]);
  });
});

describe('withExisting', () => {
  const planned = seriesMeetings('Partnerskabsmøde', '2027-03-09', 4, 3);
  const meeting = (
    startsAt: string,
    overrides: Partial<ExistingMeeting> = {},
  ): ExistingMeeting => ({
    title: 'Allerede planlagt',
    startsAt,
    status: 'PLANNED',
    workingGroupId: null,
    ...overrides,
  });

  it('marks a meeting whose week, Monday to Sunday, already has one of the partnership', () => {
    // 15 June 2027 is a Tuesday, so the Thursday after is in its week; 20 December 2027 is the
    // Monday after 14 December's week.
    const marked = withExisting(planned, [
      meeting('2027-06-17T10:00:00+02:00'),
      meeting('2027-12-20T09:00:00+01:00'),
    ]);
    expect(marked.map((entry) => entry.existing?.startsAt ?? null)).toEqual([
      null,
      '2027-06-17T10:00:00+02:00',
      null,
      null,
    ]);
  });

  it('reads the week in Copenhagen, not in UTC', () => {
    // 00.30 on Monday 13 September in Copenhagen is still Sunday in UTC, the week before the meeting's.
    const marked = withExisting(planned, [meeting('2027-09-13T00:30:00+02:00')]);
    expect(marked[2].existing).not.toBeNull();
  });

  it('does not count cancelled meetings or a working group’s', () => {
    const marked = withExisting(planned, [
      meeting('2027-03-10T13:00:00+01:00', { status: 'CANCELLED' }),
      meeting('2027-06-15T13:00:00+02:00', {
        workingGroupId: '70000000-0000-4000-8000-000000000001',
      }),
      meeting('2027-09-14T13:00:00+02:00', { status: 'HELD' }),
    ]);
    expect(marked.map((entry) => entry.existing !== null)).toEqual([false, false, true, false]);
  });

  it('finds the Monday of a date’s week', () => {
    expect(mondayOf('2027-06-15')).toBe('2027-06-14');
    expect(mondayOf('2027-06-14')).toBe('2027-06-14');
    expect(mondayOf('2027-06-20')).toBe('2027-06-14');
  });
});
