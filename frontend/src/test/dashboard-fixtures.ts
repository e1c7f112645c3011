import type {
  DashboardIndicator,
  DashboardView,
  LatestChange,
  RecentPoint,
} from '../features/dashboard/types';
import type { ReportingDue } from '../features/reporting/types';
import { HERLEV_ID, HERLEV_NAME } from './fixtures';
import { AREA, indicator, INDICATOR_ID } from './indicator-fixtures';
import { goal } from './working-group-fixtures';

/*
 * The dashboard and the user's due reporting as the API answers them: every property present,
 * `null` where a value is empty, lists in the order the API sends them.
 */

export const SECOND_INDICATOR_ID = '40000000-0000-4000-8000-000000000002';
export const BALLERUP_ID = '7f1d5a7e-2b2c-4d0a-9a3e-5c1e2f3a4b02';
export const BALLERUP_NAME = 'Partnerskab for tryghed i Ballerup';

function point(period: string, value: number, complete = true): RecentPoint {
  return { period, value, complete };
}

/** The quarterly burglaries over four quarters, the last one not yet reported by every area. */
export function dashboardIndicator(
  overrides: Partial<DashboardIndicator> = {},
): DashboardIndicator {
  return {
    indicator: indicator(),
    recent: [
      point('2025-Q3', 60),
      point('2025-Q4', 55),
      point('2026-Q1', 52),
      point('2026-Q2', 1234.5, false),
    ],
    ...overrides,
  };
}

export function latestChange(overrides: Partial<LatestChange> = {}): LatestChange {
  return {
    indicatorId: INDICATOR_ID,
    code: 'IND-01',
    area: 'Herlev',
    period: '2026-Q2',
    value: 18.5,
    enteredBy: 'Bo Ballerup',
    enteredAt: '2026-07-03T08:15:00Z',
    correction: false,
    ...overrides,
  };
}

/**
 * One active goal followed by two indicators, the burglaries with their recent totals and a
 * yearly safety index without values, and two values entered, the newest a correction.
 */
export function dashboard(overrides: Partial<DashboardView> = {}): DashboardView {
  return {
    goals: [goal()],
    indicators: [
      dashboardIndicator(),
      dashboardIndicator({
        indicator: indicator({
          id: SECOND_INDICATOR_ID,
          code: 'IND-02',
          name: 'Tryghedsindeks',
          unit: 'point',
          upIsGood: true,
          frequency: 'YEAR',
          aggregation: 'AVERAGE',
          latestPeriod: null,
          latestValue: null,
          status: 'NO_DATA',
        }),
        recent: [],
      }),
    ],
    latestChanges: [
      latestChange({
        area: 'Ballerup',
        value: 14,
        enteredBy: 'Hanne Herlev',
        enteredAt: '2026-07-04T12:30:00Z',
        correction: true,
      }),
      latestChange(),
    ],
    ...overrides,
  };
}

export function reportingDue(overrides: Partial<ReportingDue> = {}): ReportingDue {
  return {
    partnershipId: HERLEV_ID,
    partnershipName: HERLEV_NAME,
    indicatorId: INDICATOR_ID,
    code: 'IND-01',
    name: 'Anmeldte indbrud i private hjem',
    period: '2026-Q3',
    missingAreas: [AREA.ballerup, AREA.gladsaxe],
    ...overrides,
  };
}
