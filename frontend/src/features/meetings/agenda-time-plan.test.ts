import { describe, expect, it } from 'vitest';
import { formatClock } from '../../lib/dates';
import { agendaTimePlan, hoursAndMinutes } from './agenda-time-plan';

const clocks = (plan: ReturnType<typeof agendaTimePlan>) =>
  plan.items.map((item) => formatClock(new Date(item.startsAt), 'da'));

describe('agendaTimePlan', () => {
  it('starts each item when the ones before it are over, in Copenhagen time', () => {
    // 9 March 2027 is winter time: 13.00 in Copenhagen is 12.00 UTC.
    const plan = agendaTimePlan('2027-03-09T13:00:00+01:00', 120, [
      { id: 'a', durationMinutes: 5 },
      { id: 'b', durationMinutes: 20 },
      { id: 'c', durationMinutes: 80 },
    ]);
    expect(plan.items.map((item) => item.startsAt)).toEqual([
      '2027-03-09T12:00:00.000Z',
      '2027-03-09T12:05:00.000Z',
      '2027-03-09T12:25:00.000Z',
    ]);
    expect(clocks(plan)).toEqual(['13.00', '13.05', '13.25']);
    expect(plan.totalMinutes).toBe(105);
    expect(plan.overrunMinutes).toBe(0);
    expect(plan.withoutDuration).toBe(0);
  });

  it('counts items without a duration as no time and flags them', () => {
    const plan = agendaTimePlan('2027-06-08T09:30:00+02:00', 60, [
      { id: 'a', durationMinutes: 15 },
      { id: 'b', durationMinutes: null },
      { id: 'c', durationMinutes: 10 },
      { id: 'd', durationMinutes: null },
    ]);
    expect(clocks(plan)).toEqual(['09.30', '09.45', '09.45', '09.55']);
    expect(plan.items.map((item) => item.withoutDuration)).toEqual([false, true, false, true]);
    expect(plan.withoutDuration).toBe(2);
    expect(plan.totalMinutes).toBe(25);
  });

  it('adds real time across the night the clocks go forward', () => {
    // 28 March 2027: at 02.00 the clocks jump to 03.00, so 60 minutes after 01.30 is 03.30.
    const plan = agendaTimePlan('2027-03-28T01:30:00+01:00', 120, [
      { id: 'a', durationMinutes: 60 },
      { id: 'b', durationMinutes: 30 },
    ]);
    expect(plan.items.map((item) => item.startsAt)).toEqual([
      '2027-03-28T00:30:00.000Z',
      '2027-03-28T01:30:00.000Z',
    ]);
    expect(clocks(plan)).toEqual(['01.30', '03.30']);
  });

  it('adds real time across the night the clocks go back', () => {
    // 31 October 2027: at 03.00 the clocks go back to 02.00, so 90 minutes after 01.45 is 02.15.
    const plan = agendaTimePlan('2027-10-31T01:45:00+02:00', 120, [
      { id: 'a', durationMinutes: 90 },
      { id: 'b', durationMinutes: 10 },
    ]);
    expect(clocks(plan)).toEqual(['01.45', '02.15']);
  });

  it('says by how much the agenda runs past the meeting', () => {
    const plan = agendaTimePlan('2027-03-09T13:00:00+01:00', 90, [
      { id: 'a', durationMinutes: 60 },
      { id: 'b', durationMinutes: 45 },
    ]);
    expect(plan.totalMinutes).toBe(105);
    expect(plan.meetingMinutes).toBe(90);
    expect(plan.overrunMinutes).toBe(15);
  });

  it('has nothing to plan for an empty agenda', () => {
    const plan = agendaTimePlan('2027-03-09T13:00:00+01:00', 120, []);
    expect(plan).toEqual({
      items: [],
      totalMinutes: 0,
      meetingMinutes: 120,
      overrunMinutes: 0,
      withoutDuration: 0,
    });
  });
});

describe('hoursAndMinutes', () => {
  it('splits minutes into whole hours and the rest', () => {
    expect(hoursAndMinutes(105)).toEqual({ hours: 1, minutes: 45 });
    expect(hoursAndMinutes(120)).toEqual({ hours: 2, minutes: 0 });
    expect(hoursAndMinutes(45)).toEqual({ hours: 0, minutes: 45 });
  });
});
