import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { MeetingStatus } from '../../api/types';
import { copenhagenDateAndTime } from '../../lib/dates';

dayjs.extend(utc);

export interface SeriesMeeting {
  /** `YYYY-MM-DD`. */
  date: string;
  title: string;
}

/**
 * The meetings the API will plan for a series, by the rule it uses: the first on `firstDate`, each
 * next one `monthsBetween` months later (the last day of a shorter month when the day does not
 * exist), moved forward to the first meeting's weekday, so a Tuesday series stays on Tuesdays. Each
 * gets the title followed by its quarter, in Danish as the API writes it.
 */
export function seriesMeetings(
  title: string,
  firstDate: string,
  count: number,
  monthsBetween: number,
): SeriesMeeting[] {
  const first = dayjs.utc(firstDate);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(firstDate) || first.format('YYYY-MM-DD') !== firstDate) {
    return [];
  }
  const weekday = first.day();
  const meetings: SeriesMeeting[] = [];
  for (let index = 0; index < count; index++) {
    let date = first.add(index * monthsBetween, 'month');
    date = date.add((weekday - date.day() + 7) % 7, 'day');
    const quarter = Math.floor(date.month() / 3) + 1;
    meetings.push({
      date: date.format('YYYY-MM-DD'),
      title: `${title.trim()} – ${quarter}. kvartal ${date.year()}`,
    });
  }
  return meetings;
}

/** What the series needs to know of a meeting already planned. */
export interface ExistingMeeting {
  title: string;
  /** Date-time with offset, as the API gives it. */
  startsAt: string;
  status: MeetingStatus;
  workingGroupId: string | null;
}

export interface PreviewedMeeting extends SeriesMeeting {
  /** The partnership's meeting already in that week, which the API keeps instead of planning one. */
  existing: ExistingMeeting | null;
}

/** The Monday of the week (Monday to Sunday) a date (`YYYY-MM-DD`) is in. */
export function mondayOf(date: string): string {
  const day = dayjs.utc(date);
  return day.subtract((day.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/**
 * Marks the meetings of a series whose week already has a meeting of the partnership, by the rule
 * the API skips them by: one that is not cancelled and not a working group's, in the same week
 * (Monday to Sunday) in Copenhagen.
 */
export function withExisting(
  planned: readonly SeriesMeeting[],
  existing: readonly ExistingMeeting[],
): PreviewedMeeting[] {
  const byWeek = new Map<string, ExistingMeeting>();
  for (const meeting of existing) {
    if (meeting.status === 'CANCELLED' || meeting.workingGroupId !== null) continue;
    const date = copenhagenDateAndTime(meeting.startsAt)?.date;
    if (!date) continue;
    const week = mondayOf(date);
    if (!byWeek.has(week)) byWeek.set(week, meeting);
  }
  return planned.map((meeting) => ({
    ...meeting,
    existing: byWeek.get(mondayOf(meeting.date)) ?? null,
  }));
}
