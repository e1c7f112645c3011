import type {
  AgendaItemView,
  AttendanceList,
  AttendanceView,
  CommentView,
  DecisionEntry,
  DecisionPage,
  DecisionView,
  FollowUpPage,
  FollowUpView,
  MeetingPage,
  MeetingSummary,
  MeetingView,
  MeetingYear,
} from '../api/types';
import type { AgendaSuggestion, AttachmentView } from '../features/meetings/use-meetings';
import { HERLEV_ID, ORG } from './fixtures';

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
    workingGroupId: null,
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
    attachments: [],
    version: 0,
    ...overrides,
  };
}

export function attachment(overrides: Partial<AttachmentView> = {}): AttachmentView {
  return {
    id: '36000000-0000-4000-8000-000000000001',
    filename: 'Tryghedsmåling 2026.pdf',
    contentType: 'application/pdf',
    sizeBytes: 1_258_291,
    uploadedAt: '2027-03-01T09:30:00+01:00',
    uploadedBy: 'Sara Sekretær',
    ...overrides,
  };
}

/** An open follow-up item of an earlier meeting, due before this one. */
export function agendaSuggestion(overrides: Partial<AgendaSuggestion> = {}): AgendaSuggestion {
  return {
    kind: 'FOLLOW_UP',
    sourceId: '34000000-0000-4000-8000-000000000001',
    title: 'Opfølgning: Undersøg belysningen ved stationen',
    sourceMeetingId: '30000000-0000-4000-8000-000000000000',
    sourceMeetingTitle: 'Partnerskabsmøde – 4. kvartal 2026',
    sourceMeetingStartsAt: '2026-12-08T13:00:00+01:00',
    dueDate: '2027-02-28',
    overdue: false,
    responsible: 'Ballerup Kommune',
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
    workingGroup: null,
    cancellationReason: null,
    agendaPublishedAt: null,
    agenda: [],
    minutesStatus: 'DRAFT',
    minutesCommentDeadline: null,
    minutesRevisedAt: null,
    minutesApprovedAt: null,
    minutesPublishedAt: null,
    minutesVersion: 0,
    minutesCorrectionReason: null,
    canEdit: true,
    version: 2,
    ...overrides,
  };
}

export function attendance(overrides: Partial<AttendanceView> = {}): AttendanceView {
  return {
    id: '32000000-0000-4000-8000-000000000001',
    personId: '10000000-0000-4000-8000-0000000000b1',
    name: 'Søren Holmgaard',
    organisation: ORG.herlev,
    response: 'INVITED',
    reason: null,
    presence: null,
    me: false,
    version: 0,
    ...overrides,
  };
}

/** The list as the API answers it: the counts follow from the rows. */
export function attendanceList(items: AttendanceView[]): AttendanceList {
  return {
    items,
    attending: items.filter((item) => item.response === 'ATTENDING').length,
    apologies: items.filter((item) => item.response === 'APOLOGIES').length,
    unanswered: items.filter((item) => item.response === 'INVITED').length,
  };
}

export function decision(overrides: Partial<DecisionView> = {}): DecisionView {
  return {
    id: '33000000-0000-4000-8000-000000000001',
    agendaItemId: '31000000-0000-4000-8000-000000000001',
    text: 'Dagsordenen blev godkendt.',
    version: 0,
    ...overrides,
  };
}

export function followUp(overrides: Partial<FollowUpView> = {}): FollowUpView {
  return {
    id: '34000000-0000-4000-8000-000000000001',
    partnershipId: HERLEV_ID,
    meetingId: MEETING_ID,
    agendaItemId: '31000000-0000-4000-8000-000000000001',
    title: 'Ballerup undersøger belysningen ved stationen',
    responsibleOrganisation: ORG.ballerup,
    responsiblePerson: null,
    dueDate: '2027-05-31',
    status: 'OPEN',
    note: null,
    overdue: false,
    version: 0,
    ...overrides,
  };
}

export function followUpPage(
  items: FollowUpView[],
  overrides: Partial<FollowUpPage> = {},
): FollowUpPage {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}

export function decisionEntry(overrides: Partial<DecisionEntry> = {}): DecisionEntry {
  return {
    id: '33000000-0000-4000-8000-000000000001',
    text: 'Partnerskabet nedsætter en arbejdsgruppe om tryghedsvandringer.',
    meetingId: MEETING_ID,
    meetingTitle: 'Partnerskabsmøde – 1. kvartal 2027',
    meetingStartsAt: '2027-03-09T13:00:00+01:00',
    agendaItemId: '31000000-0000-4000-8000-000000000002',
    agendaItemTitle: 'Tryghedsvandringer',
    ...overrides,
  };
}

export function decisionPage(
  items: DecisionEntry[],
  overrides: Partial<DecisionPage> = {},
): DecisionPage {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}

export function comment(overrides: Partial<CommentView> = {}): CommentView {
  return {
    id: '35000000-0000-4000-8000-000000000001',
    agendaItemId: '31000000-0000-4000-8000-000000000001',
    author: { id: '10000000-0000-4000-8000-0000000000b2', name: 'Bo Ballerup' },
    text: 'Ballerup ønsker tilføjet, at indsatsen evalueres i juni.',
    createdAt: '2027-03-12T09:15:00+01:00',
    handledAt: null,
    handledBy: null,
    ...overrides,
  };
}
