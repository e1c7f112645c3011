import type { MeetingInput, MeetingSeriesInput, MeetingView } from '../../api/types';
import { copenhagenDateAndTime, copenhagenOffsetDateTime } from '../../lib/dates';

/** The limits the API enforces on meetings; checking them here only saves a round trip. */
export const MEETING_LIMITS = {
  title: 300,
  seriesTitle: 250,
  place: 300,
  onlineUrl: 1000,
  minDuration: 5,
  maxDuration: 1440,
  maxCount: 12,
  maxMonthsBetween: 12,
} as const;

export const DEFAULT_DURATION = 120;

/** The link pattern the API accepts (a whole http or https address without spaces). */
const ONLINE_URL = /^https?:\/\/\S+$/;

/** A meeting's form; number inputs hold a string while they are being typed. */
export interface MeetingDraft {
  title: string;
  /** `YYYY-MM-DD` in Copenhagen. */
  date: string;
  /** `HH:mm` in Copenhagen. */
  time: string;
  durationMinutes: number | string;
  place: string;
  onlineUrl: string;
  /** The working group whose meeting it is; empty for a meeting of the whole partnership. */
  workingGroupId: string;
}

export interface SeriesDraft extends Omit<MeetingDraft, 'date' | 'workingGroupId'> {
  firstDate: string;
  count: number | string;
  monthsBetween: number | string;
}

export type MeetingField = keyof MeetingDraft;
export type SeriesField = keyof SeriesDraft;

export const EMPTY_MEETING: MeetingDraft = {
  title: '',
  date: '',
  time: '',
  durationMinutes: DEFAULT_DURATION,
  place: '',
  onlineUrl: '',
  workingGroupId: '',
};

export const DEFAULT_SERIES: SeriesDraft = {
  title: 'Partnerskabsmøde',
  firstDate: '',
  time: '13:00',
  durationMinutes: DEFAULT_DURATION,
  count: 4,
  monthsBetween: 3,
  place: '',
  onlineUrl: '',
};

export function meetingDraftOf(meeting: MeetingView): MeetingDraft {
  const start = copenhagenDateAndTime(meeting.startsAt);
  return {
    title: meeting.title,
    date: start?.date ?? '',
    time: start?.time ?? '',
    durationMinutes: meeting.durationMinutes,
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    workingGroupId: meeting.workingGroup?.id ?? '',
  };
}

function isWholeBetween(value: number | string, min: number, max: number): boolean {
  const number = Number(value);
  return value !== '' && Number.isInteger(number) && number >= min && number <= max;
}

function isBlankOrLonger(text: string, max: number): boolean {
  return text.trim().length === 0 || text.length > max;
}

function commonProblems(draft: MeetingDraft | SeriesDraft, titleMax: number) {
  const fields = new Set<MeetingField & SeriesField>();
  if (isBlankOrLonger(draft.title, titleMax)) fields.add('title');
  if (!/^\d{2}:\d{2}$/.test(draft.time)) fields.add('time');
  if (
    !isWholeBetween(draft.durationMinutes, MEETING_LIMITS.minDuration, MEETING_LIMITS.maxDuration)
  ) {
    fields.add('durationMinutes');
  }
  if (draft.place.length > MEETING_LIMITS.place) fields.add('place');
  const url = draft.onlineUrl.trim();
  if (url && (!ONLINE_URL.test(url) || url.length > MEETING_LIMITS.onlineUrl)) {
    fields.add('onlineUrl');
  }
  return fields;
}

/** The fields of a meeting's form the API would reject. */
export function invalidMeetingFields(draft: MeetingDraft): Set<MeetingField> {
  const fields: Set<MeetingField> = commonProblems(draft, MEETING_LIMITS.title);
  if (copenhagenOffsetDateTime(draft.date, '00:00') === null) fields.add('date');
  else if (copenhagenOffsetDateTime(draft.date, draft.time) === null) fields.add('time');
  return fields;
}

/** The fields of a series' form the API would reject. */
export function invalidSeriesFields(draft: SeriesDraft): Set<SeriesField> {
  const fields: Set<SeriesField> = commonProblems(draft, MEETING_LIMITS.seriesTitle);
  if (copenhagenOffsetDateTime(draft.firstDate, '00:00') === null) fields.add('firstDate');
  if (!isWholeBetween(draft.count, 1, MEETING_LIMITS.maxCount)) fields.add('count');
  if (!isWholeBetween(draft.monthsBetween, 1, MEETING_LIMITS.maxMonthsBetween)) {
    fields.add('monthsBetween');
  }
  return fields;
}

/** Place and link are left out when blank: the API reads an empty link as a malformed one. */
function placeAndLink(draft: MeetingDraft | SeriesDraft) {
  const place = draft.place.trim();
  const onlineUrl = draft.onlineUrl.trim();
  return { ...(place ? { place } : {}), ...(onlineUrl ? { onlineUrl } : {}) };
}

/** A working group as a meeting's form offers it. */
export interface WorkingGroupChoice {
  id: string;
  name: string;
  status: 'ACTIVE' | 'CLOSED';
}

/**
 * The working groups a meeting can be held by: the active ones, in the API's order. A closed group is offered
 * only to the meeting that is already its, so editing the meeting does not move it.
 */
export function workingGroupOptions(
  groups: readonly WorkingGroupChoice[],
  current: { id: string; name: string } | null,
  labels: { wholePartnership: string; closed: (name: string) => string },
): { value: string; label: string }[] {
  const active = groups
    .filter((group) => group.status === 'ACTIVE')
    .map((group) => ({ value: group.id, label: group.name }));
  const kept =
    current && !active.some((option) => option.value === current.id)
      ? [{ value: current.id, label: labels.closed(current.name) }]
      : [];
  return [{ value: '', label: labels.wholePartnership }, ...active, ...kept];
}

/**
 * The meeting to send; only for a draft without invalid fields. Without a working group it is the
 * whole partnership's meeting, also when it was a group's before.
 */
export function meetingInputOf(draft: MeetingDraft): MeetingInput {
  return {
    title: draft.title.trim(),
    startsAt: copenhagenOffsetDateTime(draft.date, draft.time) ?? '',
    durationMinutes: Number(draft.durationMinutes),
    ...placeAndLink(draft),
    ...(draft.workingGroupId ? { workingGroupId: draft.workingGroupId } : {}),
  };
}

/** The series to send; only for a draft without invalid fields. */
export function seriesInputOf(draft: SeriesDraft): MeetingSeriesInput {
  return {
    title: draft.title.trim(),
    firstDate: draft.firstDate,
    startTime: `${draft.time}:00`,
    durationMinutes: Number(draft.durationMinutes),
    count: Number(draft.count),
    monthsBetween: Number(draft.monthsBetween),
    ...placeAndLink(draft),
  };
}
