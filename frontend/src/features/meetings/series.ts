import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

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
