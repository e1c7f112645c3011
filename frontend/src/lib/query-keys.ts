import type { FollowUpStatus, OrganisationListQuery, PartnershipListQuery } from '../api/types';

/*
 * Every TanStack Query key, in one place: a change in one feature refreshes what another shows
 * by invalidating a key, so the keys are shared ground and no feature reaches into another for
 * them. Everything about one partnership sits under its detail key, so invalidating that key after
 * a change to the partnership refreshes all of it.
 */

export const meKey = ['me'] as const;

export const calendarFeedKey = ['calendar-feed'] as const;

export const reportingKeys = {
  mine: ['reporting', 'mine'] as const,
};

export const searchKeys = {
  all: ['search'] as const,
  results: (query: string, partnership: string | null, page: number) =>
    [...searchKeys.all, query, partnership, page] as const,
};

export const organisationKeys = {
  all: ['organisations'] as const,
  lists: () => [...organisationKeys.all, 'list'] as const,
  list: (query: OrganisationListQuery) => [...organisationKeys.lists(), query] as const,
  detail: (id: string) => [...organisationKeys.all, 'detail', id] as const,
  /** Every organisation, all pages: only the active ones, or any. */
  every: (scope: 'active' | 'any') => [...organisationKeys.all, 'every', scope] as const,
};

export const partnershipKeys = {
  all: ['partnerships'] as const,
  lists: () => [...partnershipKeys.all, 'list'] as const,
  list: (query: PartnershipListQuery) => [...partnershipKeys.lists(), query] as const,
  detail: (id: string) => [...partnershipKeys.all, 'detail', id] as const,
  members: (id: string, page: number) => [...partnershipKeys.detail(id), 'members', page] as const,
  allMembers: (id: string) => [...partnershipKeys.detail(id), 'members', 'all'] as const,
  history: (id: string, page: number) => [...partnershipKeys.detail(id), 'history', page] as const,
  // Under the partnership, so an uploaded agreement (which refreshes the partnership) counts at once.
  storage: (id: string) => [...partnershipKeys.detail(id), 'storage'] as const,
};

/**
 * Under the partnership's key, so a change to the agreement (its minimum number of meetings, its
 * focus areas) refreshes the meetings too.
 */
export const meetingKeys = {
  all: (partnershipId: string) => [...partnershipKeys.detail(partnershipId), 'meetings'] as const,
  list: (partnershipId: string, kind: string, page: number) =>
    [...meetingKeys.all(partnershipId), 'list', kind, page] as const,
  years: (partnershipId: string) => [...meetingKeys.all(partnershipId), 'years'] as const,
  /** The meetings whose agenda can still take a proposal. */
  openAgendas: (partnershipId: string) =>
    [...meetingKeys.all(partnershipId), 'open-agendas'] as const,
  detail: (partnershipId: string, meetingId: string) =>
    [...meetingKeys.all(partnershipId), 'detail', meetingId] as const,
  // Under the meeting, so every change of its agenda asks for the suggestions again too.
  suggestions: (partnershipId: string, meetingId: string) =>
    [...meetingKeys.detail(partnershipId, meetingId), 'suggestions'] as const,
  attendance: (partnershipId: string, meetingId: string) =>
    [...meetingKeys.detail(partnershipId, meetingId), 'attendance'] as const,
  agendaRecipients: (partnershipId: string, meetingId: string) =>
    [...meetingKeys.detail(partnershipId, meetingId), 'agenda-recipients'] as const,
  comments: (partnershipId: string, meetingId: string) =>
    [...meetingKeys.detail(partnershipId, meetingId), 'comments'] as const,
  // Under the meeting, so a publication (which refreshes the meeting) asks again; the list is
  // keyed by the count the meeting reports too, so a correction someone else published shows up
  // as soon as the meeting is read again.
  minutesVersions: (partnershipId: string, meetingId: string, count: number) =>
    [...meetingKeys.detail(partnershipId, meetingId), 'minutes-versions', count] as const,
  minutesVersion: (partnershipId: string, meetingId: string, number: number) =>
    [...meetingKeys.detail(partnershipId, meetingId), 'minutes-version', number] as const,
};

export const decisionKeys = {
  all: (partnershipId: string) => [...partnershipKeys.detail(partnershipId), 'decisions'] as const,
  list: (partnershipId: string, text: string, page: number) =>
    [...decisionKeys.all(partnershipId), text, page] as const,
  every: (partnershipId: string) => [...decisionKeys.all(partnershipId), 'every'] as const,
};

/**
 * The user's own items apart from any partnership; a partnership's under its key, so a change to
 * the partnership or its meetings refreshes them too.
 */
export const followUpKeys = {
  all: ['follow-ups'] as const,
  mine: (status: FollowUpStatus, page: number) =>
    [...followUpKeys.all, 'mine', status, page] as const,
  partnership: (partnershipId: string) =>
    [...partnershipKeys.detail(partnershipId), 'follow-ups'] as const,
  partnershipList: (partnershipId: string, status: FollowUpStatus, page: number, size: number) =>
    [...followUpKeys.partnership(partnershipId), status, page, size] as const,
};

// The working groups sit under the partnership's key, so a renamed focus area refreshes them too.
export const workingGroupKeys = {
  all: (partnershipId: string) =>
    [...partnershipKeys.detail(partnershipId), 'working-groups'] as const,
  list: (partnershipId: string, page: number) =>
    [...workingGroupKeys.all(partnershipId), 'list', page] as const,
  every: (partnershipId: string) => [...workingGroupKeys.all(partnershipId), 'every'] as const,
  detail: (partnershipId: string, workingGroupId: string) =>
    [...workingGroupKeys.all(partnershipId), 'detail', workingGroupId] as const,
};

/**
 * Under the partnership's key, so a change to the partnership, a working group or an indicator
 * read again under it refreshes the goals that name them.
 */
export const goalKeys = {
  all: (partnershipId: string) => [...partnershipKeys.detail(partnershipId), 'goals'] as const,
  list: (partnershipId: string, page: number) =>
    [...goalKeys.all(partnershipId), 'list', page] as const,
  every: (partnershipId: string) => [...goalKeys.all(partnershipId), 'every'] as const,
  ofGroup: (partnershipId: string, workingGroupId: string) =>
    [...goalKeys.all(partnershipId), 'group', workingGroupId] as const,
  detail: (partnershipId: string, goalId: string) =>
    [...goalKeys.all(partnershipId), 'detail', goalId] as const,
};

/**
 * Everything about one indicator sits under its detail key, so a new value refreshes its latest
 * value, status, series and values at once.
 */
export const indicatorKeys = {
  all: (partnershipId: string) => [...partnershipKeys.detail(partnershipId), 'indicators'] as const,
  list: (partnershipId: string, page: number) =>
    [...indicatorKeys.all(partnershipId), 'list', page] as const,
  every: (partnershipId: string) => [...indicatorKeys.all(partnershipId), 'every'] as const,
  detail: (partnershipId: string, indicatorId: string) =>
    [...indicatorKeys.all(partnershipId), 'detail', indicatorId] as const,
  series: (partnershipId: string, indicatorId: string, aggregate: string) =>
    [...indicatorKeys.detail(partnershipId, indicatorId), 'series', aggregate] as const,
  measurements: (partnershipId: string, indicatorId: string) =>
    [...indicatorKeys.detail(partnershipId, indicatorId), 'measurements'] as const,
  /** The form to enter a period in; without a period, the one the API finds due. */
  reporting: (partnershipId: string, period: string | undefined) =>
    [...indicatorKeys.all(partnershipId), 'reporting', period ?? 'due'] as const,
  revisions: (partnershipId: string, indicatorId: string, measurementId: string) =>
    [
      ...indicatorKeys.measurements(partnershipId, indicatorId),
      measurementId,
      'revisions',
    ] as const,
};

export const activityKeys = {
  all: (partnershipId: string) => [...partnershipKeys.detail(partnershipId), 'activities'] as const,
  every: (partnershipId: string) => [...activityKeys.all(partnershipId), 'every'] as const,
  detail: (partnershipId: string, activityId: string) =>
    [...activityKeys.all(partnershipId), 'detail', activityId] as const,
};

export const proposalKeys = {
  all: (partnershipId: string) => [...partnershipKeys.detail(partnershipId), 'proposals'] as const,
  list: (partnershipId: string, page: number) =>
    [...proposalKeys.all(partnershipId), 'list', page] as const,
};

// It sums up goals, indicators and values, so it sits under the partnership's key with them.
export const dashboardKeys = {
  detail: (partnershipId: string) =>
    [...partnershipKeys.detail(partnershipId), 'dashboard'] as const,
};
