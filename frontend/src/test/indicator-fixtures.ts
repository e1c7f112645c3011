import type {
  AreaView,
  IndicatorPage,
  IndicatorView,
  MeasurementRevisionView,
  MeasurementView,
  SeriesPoint,
  SeriesView,
} from '../features/indicators/types';
import { HERLEV_ID, ORG } from './fixtures';

/*
 * Indicators, their series and values as the API answers them: every property present, `null`
 * where a value is empty.
 */

export const INDICATOR_ID = '40000000-0000-4000-8000-000000000001';

export const AREA: Record<'herlev' | 'ballerup' | 'gladsaxe', AreaView> = {
  herlev: { id: '41000000-0000-4000-8000-000000000001', name: 'Herlev' },
  ballerup: { id: '41000000-0000-4000-8000-000000000002', name: 'Ballerup' },
  gladsaxe: { id: '41000000-0000-4000-8000-000000000003', name: 'Gladsaxe' },
};

/** A quarterly count of burglaries in three municipalities, lower being better. */
export function indicator(overrides: Partial<IndicatorView> = {}): IndicatorView {
  return {
    id: INDICATOR_ID,
    partnershipId: HERLEV_ID,
    code: 'IND-01',
    name: 'Anmeldte indbrud i private hjem',
    description: 'Anmeldte indbrud i beboelser i de tre kommuner.',
    unit: 'antal',
    upIsGood: false,
    frequency: 'QUARTER',
    aggregation: 'SUM',
    allowNegative: false,
    baselineValue: 60,
    baselinePeriod: '2025-Q1',
    targetValue: 45,
    targetPeriod: '2027-Q4',
    dataSource: 'Politiets døgnrapporter',
    ownerOrganisation: ORG.politi,
    areas: [AREA.herlev, AREA.ballerup, AREA.gladsaxe],
    latestPeriod: '2026-Q2',
    latestValue: 1234.5,
    completeness: { areasReported: 3, areasExpected: 3, complete: true },
    status: 'AT_RISK',
    statusPeriod: '2026-Q2',
    preliminaryStatus: null,
    canReport: true,
    canEdit: true,
    version: 3,
    ...overrides,
  };
}

export function indicatorPage(
  items: IndicatorView[],
  overrides: Partial<IndicatorPage> = {},
): IndicatorPage {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}

function point(period: string, value: number, complete = true): SeriesPoint {
  return { period, value, complete };
}

/**
 * Two quarters by area: Gladsaxe has not reported the second, so its total is incomplete.
 */
export function quarterSeries(overrides: Partial<SeriesView> = {}): SeriesView {
  return {
    frequency: 'QUARTER',
    areas: [
      {
        areaId: AREA.herlev.id,
        name: 'Herlev',
        points: [point('2026-Q1', 20), point('2026-Q2', 18.5)],
      },
      {
        areaId: AREA.ballerup.id,
        name: 'Ballerup',
        points: [point('2026-Q1', 15), point('2026-Q2', 14)],
      },
      { areaId: AREA.gladsaxe.id, name: 'Gladsaxe', points: [point('2026-Q1', 17)] },
    ],
    total: [point('2026-Q1', 52), point('2026-Q2', 32.5, false)],
    baselineValue: 60,
    baselinePeriod: '2025-Q1',
    targetValue: 45,
    targetPeriod: '2027-Q4',
    ...overrides,
  };
}

/** The same values added up to 2026, half a year in: every point incomplete. */
export function yearSeries(): SeriesView {
  return quarterSeries({
    frequency: 'YEAR',
    areas: [
      { areaId: AREA.herlev.id, name: 'Herlev', points: [point('2026', 38.5, false)] },
      { areaId: AREA.ballerup.id, name: 'Ballerup', points: [point('2026', 29, false)] },
      { areaId: AREA.gladsaxe.id, name: 'Gladsaxe', points: [point('2026', 17, false)] },
    ],
    total: [point('2026', 84.5, false)],
  });
}

export function measurement(overrides: Partial<MeasurementView> = {}): MeasurementView {
  return {
    id: '42000000-0000-4000-8000-000000000001',
    areaId: AREA.herlev.id,
    period: '2026-Q2',
    value: 18.5,
    source: 'Politiets døgnrapport',
    note: null,
    enteredAt: '2026-07-03T08:15:00Z',
    enteredBy: 'Bo Ballerup',
    revisions: 0,
    version: 0,
    ...overrides,
  };
}

export function revision(
  overrides: Partial<MeasurementRevisionView> = {},
): MeasurementRevisionView {
  return {
    oldValue: 185,
    oldSource: 'Politiets døgnrapport',
    oldNote: null,
    oldEnteredAt: '2026-07-01T07:00:00Z',
    oldEnteredBy: 'Hanne Herlev',
    revisedAt: '2026-07-03T08:15:00Z',
    revisedBy: 'Bo Ballerup',
    ...overrides,
  };
}

/**
 * The burglaries' second quarter from Herlev and Ballerup only: the value is preliminary, and the
 * status is the first quarter's, the latest with all three areas. A sum gets no preliminary status.
 */
export const PARTIAL_SUM = {
  latestPeriod: '2026-Q2',
  latestValue: 32.5,
  completeness: { areasReported: 2, areasExpected: 3, complete: false },
  status: 'OFF_TRACK',
  statusPeriod: '2026-Q1',
  preliminaryStatus: null,
} satisfies Partial<IndicatorView>;

/**
 * A safety index (averaged) from one of three areas, and no period yet with all three: the status
 * waits, and the partial average gives a preliminary one.
 */
export const PARTIAL_AVERAGE = {
  aggregation: 'AVERAGE',
  upIsGood: true,
  latestPeriod: '2026',
  latestValue: 71,
  completeness: { areasReported: 1, areasExpected: 3, complete: false },
  status: 'NO_DATA',
  statusPeriod: null,
  preliminaryStatus: 'AT_RISK',
} satisfies Partial<IndicatorView>;

/** An indicator for the whole partnership, one area: complete whenever it has a value. */
export const ONE_AREA = {
  areas: [{ id: '41000000-0000-4000-8000-000000000009', name: 'I alt' }],
  completeness: { areasReported: 1, areasExpected: 1, complete: true },
  status: 'ON_TRACK',
  statusPeriod: '2026-Q2',
  preliminaryStatus: null,
} satisfies Partial<IndicatorView>;
