import { describe, expect, it } from 'vitest';
import { seriesMeetings } from './series';

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
