import type {
  AgendaItemView,
  MeetingPage,
  MeetingSummary,
  MeetingView,
  MeetingYear,
} from '../api/types';
import { HERLEV_ID } from './fixtures';

/*
 * Meetings and agendas as the API answers them: every property present, `null` where a value is
 * empty, start times with their Copenhagen offset.
 */

export const MEETING_ID = '30000000-0000-4000-8000-000000000001';

export function meetingSummary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    id: MEETING_ID,
    title: 'Partnerskabsmøde – 1. kvartal 2027',
    startsAt: '2027-03-09T13:00:00+01:00',
    durationMinutes: 120,
    place: 'Herlev Rådhus, mødelokale 1',
    onlineUrl: 'https://møde.example/partnerskab',
    status: 'PLANNED',
    version: 2,
    ...overrides,
  };
}

export function meetingPage(
  items: MeetingSummary[],
  overrides: Partial<MeetingPage> = {},
): MeetingPage {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}

export function meetingYear(overrides: Partial<MeetingYear> = {}): MeetingYear {
  const year = { year: 2026, meetings: 4, held: 2, minimum: 4, ...overrides };
  return { belowMinimum: year.meetings < year.minimum, ...year };
}

export function agendaItem(overrides: Partial<AgendaItemView> = {}): AgendaItemView {
  return {
    id: '31000000-0000-4000-8000-000000000001',
    number: 1,
    title: 'Godkendelse af dagsorden',
    background: null,
    kind: 'DECISION',
    presenter: 'Formanden',
    durationMinutes: 5,
    focusArea: null,
    changedAfterPublish: false,
    minutes: null,
    decisions: [],
    followUps: [],
    version: 0,
    ...overrides,
  };
}

/** A meeting with its agenda; `canEdit` as the API would answer the chair or secretariat. */
export function meetingView(overrides: Partial<MeetingView> = {}): MeetingView {
  return {
    id: MEETING_ID,
    partnershipId: HERLEV_ID,
    title: 'Partnerskabsmøde – 1. kvartal 2027',
    startsAt: '2027-03-09T13:00:00+01:00',
    durationMinutes: 120,
    place: 'Herlev Rådhus, mødelokale 1',
    onlineUrl: 'https://møde.example/partnerskab',
    status: 'PLANNED',
    cancellationReason: null,
    agendaPublishedAt: null,
    agenda: [],
    minutesStatus: 'DRAFT',
    minutesCommentDeadline: null,
    minutesApprovedAt: null,
    minutesPublishedAt: null,
    canEdit: true,
    version: 2,
    ...overrides,
  };
}
