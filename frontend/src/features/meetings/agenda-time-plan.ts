/** What the time plan needs of an agenda item. */
export interface TimedItem {
  id: string;
  durationMinutes: number | null;
}

export interface PlannedItem {
  id: string;
  /** When the item starts, as an instant (ISO 8601, UTC). */
  startsAt: string;
  /** The item has no duration: it counts as no time, and the plan after it may be too early. */
  withoutDuration: boolean;
}

export interface AgendaTimePlan {
  items: PlannedItem[];
  /** The items' durations added up. */
  totalMinutes: number;
  meetingMinutes: number;
  /** How far the agenda runs past the meeting's end; 0 when it fits. */
  overrunMinutes: number;
  /** How many items have no duration. */
  withoutDuration: number;
}

const MINUTE = 60_000;

/**
 * When each item starts: the meeting's start plus the durations of the items before it. The
 * durations are added to the instant, not to the clock on the wall, so an item across the night
 * the clocks change ends as much later as it lasts; Europe/Copenhagen is for showing the times.
 */
export function agendaTimePlan(
  meetingStartsAt: string,
  meetingMinutes: number,
  items: readonly TimedItem[],
): AgendaTimePlan {
  const start = Date.parse(meetingStartsAt);
  let elapsed = 0;
  const planned = items.map((item) => {
    const startsAt = new Date(start + elapsed * MINUTE).toISOString();
    elapsed += item.durationMinutes ?? 0;
    return { id: item.id, startsAt, withoutDuration: item.durationMinutes === null };
  });
  return {
    items: planned,
    totalMinutes: elapsed,
    meetingMinutes,
    overrunMinutes: Math.max(0, elapsed - meetingMinutes),
    withoutDuration: planned.filter((item) => item.withoutDuration).length,
  };
}

/** A number of minutes as hours and minutes: 105 is 1 hour and 45 minutes. */
export function hoursAndMinutes(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
