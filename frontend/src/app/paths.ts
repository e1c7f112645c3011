/*
 * Every address in the SPA, built in one place so a link and the route it leads to cannot drift
 * apart. Ids are encoded, as they come from the API and from the URL alike. The segments are what
 * the route table matches, so both read from here.
 */

const PARTNERSHIPS = '/partnerskaber';

/** The segments under one partnership, as the route table nests them. */
export const partnershipSegments = {
  edit: 'rediger',
  meetings: 'moeder',
  minutes: 'referat',
  decisions: 'beslutninger',
  workingGroups: 'arbejdsgrupper',
  dashboard: 'overblik',
  goals: 'maal',
  indicators: 'indikatorer',
  activities: 'indsatser',
  proposals: 'forslag',
  members: 'medlemmer',
  history: 'historik',
  reporting: 'indberetning',
} as const;

export type PartnershipSection = keyof typeof partnershipSegments;

/** The URL parameter with the searched words (`?q=tryghed`), so a search can be linked. */
export const SEARCH_QUERY_PARAM = 'q';

function partnership(partnershipId: string): string {
  return `${PARTNERSHIPS}/${encodeURIComponent(partnershipId)}`;
}

function section(partnershipId: string, name: PartnershipSection): string {
  return `${partnership(partnershipId)}/${partnershipSegments[name]}`;
}

function meeting(partnershipId: string, meetingId: string): string {
  return `${section(partnershipId, 'meetings')}/${encodeURIComponent(meetingId)}`;
}

export const paths = {
  partnerships: () => PARTNERSHIPS,
  partnership,
  /** One of the pages in a partnership's menu. */
  section,
  meeting,
  /** The meeting run from its agenda, where the minutes are written. */
  meetingMode: (partnershipId: string, meetingId: string) =>
    `${meeting(partnershipId, meetingId)}/${partnershipSegments.minutes}`,
  workingGroup: (partnershipId: string, workingGroupId: string) =>
    `${section(partnershipId, 'workingGroups')}/${encodeURIComponent(workingGroupId)}`,
  indicator: (partnershipId: string, indicatorId: string) =>
    `${section(partnershipId, 'indicators')}/${encodeURIComponent(indicatorId)}`,
  /** The form to enter one period's values in; without a period, the latest finished one. */
  reportPeriod: (partnershipId: string, period?: string) =>
    period
      ? `${section(partnershipId, 'reporting')}/${encodeURIComponent(period)}`
      : section(partnershipId, 'reporting'),
  myFollowUps: () => '/opfoelgning',
  myReporting: () => '/indberetning',
  calendar: () => '/kalender',
  organisations: () => '/organisationer',
  /** The accessibility statement, which anyone may read without signing in. */
  accessibility: () => '/tilgaengelighed',
  /** The short address Digitaliseringsstyrelsen asks every site to have for its statement. */
  accessibilityShort: () => '/was',
  /** The search page; with words, the page showing their hits. */
  search: (query = '') => {
    const q = query.trim();
    return q ? `/soeg?${new URLSearchParams({ [SEARCH_QUERY_PARAM]: q })}` : '/soeg';
  },
};
