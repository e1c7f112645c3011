import type {
  GoalIndicator,
  GoalPage,
  GoalView,
  OrganisationPage,
  OrganisationView,
  WorkingGroupPage,
  WorkingGroupView,
} from '../api/types';
import { HERLEV_ID, ORG } from './fixtures';
import { MEETING_ID } from './meeting-fixtures';

/*
 * Working groups and goals as the API answers them: every property present, `null` where a value
 * is empty, lists in the order the API sends them.
 */

export const GROUP_ID = '50000000-0000-4000-8000-000000000001';
export const GOAL_ID = '51000000-0000-4000-8000-000000000001';

/** The focus area of the partnership fixture that is not retired. */
export const FOCUS_AREA = {
  id: 'e0000000-0000-4000-8000-000000000001',
  number: 1,
  title: 'Anvendelse af risikoprofiler',
};

export const PERSON = {
  soeren: { id: '10000000-0000-4000-8000-0000000000b1', name: 'Søren Holmgaard' },
  bo: { id: '10000000-0000-4000-8000-0000000000b2', name: 'Bo Ballerup' },
};

/** A group set up from a decision in the minutes, led by Herlev, with a deadline far ahead. */
export function workingGroup(overrides: Partial<WorkingGroupView> = {}): WorkingGroupView {
  return {
    id: GROUP_ID,
    partnershipId: HERLEV_ID,
    name: 'Arbejdsgruppe om tryghedsvandringer',
    mandate:
      '<p>Arbejdsgruppen planlægger <strong>tryghedsvandringer</strong> i de tre kommuner.</p>',
    focusArea: FOCUS_AREA,
    leadOrganisation: ORG.herlev,
    deadline: '2035-06-30',
    status: 'ACTIVE',
    closingReport: null,
    closedAt: null,
    decision: {
      id: '33000000-0000-4000-8000-000000000001',
      text: 'Partnerskabet nedsætter en arbejdsgruppe om tryghedsvandringer.',
      meetingId: MEETING_ID,
      meetingTitle: 'Partnerskabsmøde – 1. kvartal 2027',
    },
    members: [PERSON.bo, PERSON.soeren],
    canEdit: true,
    version: 4,
    ...overrides,
  };
}

export function workingGroupPage(
  items: WorkingGroupView[],
  overrides: Partial<WorkingGroupPage> = {},
): WorkingGroupPage {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}

export function goalIndicator(overrides: Partial<GoalIndicator> = {}): GoalIndicator {
  return {
    id: '40000000-0000-4000-8000-000000000001',
    code: 'IND-01',
    name: 'Anmeldte indbrud i private hjem',
    unit: 'antal',
    latestPeriod: '2026-Q2',
    latestValue: 1234.5,
    completeness: { areasReported: 3, areasExpected: 3, complete: true },
    status: 'AT_RISK',
    statusPeriod: '2026-Q2',
    preliminaryStatus: null,
    ...overrides,
  };
}

/** A goal of the working group, followed by two indicators, the worse of which is at risk. */
export function goal(overrides: Partial<GoalView> = {}): GoalView {
  return {
    id: GOAL_ID,
    partnershipId: HERLEV_ID,
    title: 'Færre indbrud i private hjem',
    description: null,
    successCriterion: 'Indbruddene falder med 25 % fra 2025 til 2028',
    dueDate: '2028-12-31',
    responsibleOrganisation: ORG.politi,
    focusArea: FOCUS_AREA,
    workingGroup: { id: GROUP_ID, name: 'Arbejdsgruppe om tryghedsvandringer' },
    status: 'ACTIVE',
    indicatorStatus: 'AT_RISK',
    indicators: [
      goalIndicator(),
      goalIndicator({
        id: '40000000-0000-4000-8000-000000000002',
        code: 'IND-02',
        name: 'Tryghedsindeks',
        unit: 'point',
        latestPeriod: '2026',
        latestValue: 72.25,
        status: 'ON_TRACK',
      }),
    ],
    canEdit: true,
    version: 2,
    ...overrides,
  };
}

export function goalPage(items: GoalView[], overrides: Partial<GoalPage> = {}): GoalPage {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}

/** One page with every organisation given, as the organisation pickers read them. */
export function organisationPage(
  items: Omit<OrganisationView, 'active' | 'version'>[],
): OrganisationPage {
  return {
    items: items.map((organisation) => ({ ...organisation, active: true, version: 0 })),
    page: 0,
    size: 100,
    totalItems: items.length,
    totalPages: 1,
  };
}
