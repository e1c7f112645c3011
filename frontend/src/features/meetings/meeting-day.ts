import type { MeetingSummary } from '../../api/types';
import { copenhagenDateAndTime, todayInCopenhagen } from '../../lib/dates';

/**
 * Whether the meeting's day has come in Copenhagen: from then on it can be marked as held, its
 * minutes written and the presence of the invited recorded.
 */
export function dayHasCome(meeting: Pick<MeetingSummary, 'startsAt'>): boolean {
  const day = copenhagenDateAndTime(meeting.startsAt)?.date;
  return day !== undefined && day <= todayInCopenhagen();
}
