import type { ActivityPage, ActivityView } from '../features/activities/types';
import { HERLEV_ID, ORG } from './fixtures';
import { FOCUS_AREA, GOAL_ID } from './working-group-fixtures';

/*
 * Activities as the API answers them: every property present, `null` where a value
 * is empty, lists in the order the API sends them. The activities follow Furesø's tables.
 */

export const ACTIVITY_ID = '60000000-0000-4000-8000-000000000001';

export const TRACK = {
  burglary: 'Indbrudsforebyggelse',
  communities: 'Stærke lokale fællesskaber',
};

/** A safety walk with special focus, serving a goal and an indicator, with its report attached. */
export function activity(overrides: Partial<ActivityView> = {}): ActivityView {
  return {
    id: ACTIVITY_ID,
    partnershipId: HERLEV_ID,
    title: 'Tryghedsvandringer',
    description:
      'En tur rundt i lokalområdet med samtaler om nabohjælp mellem naboer.\nTryghedsvandringen omsættes til en rapport til foreningen.',
    kind: 'SAFETY_WALK',
    track: TRACK.burglary,
    focusArea: FOCUS_AREA,
    targetGroup: 'Grundejer-, beboer- og andelsforeninger',
    responsible: 'Lokalrådet',
    responsibleOrganisation: ORG.herlev,
    intendedOutcome: 'Flere aktive nabohjælpere i området',
    specialFocus: true,
    startsOn: '2026-03-01',
    endsOn: '2026-10-31',
    status: 'ONGOING',
    goals: [{ id: GOAL_ID, name: 'Færre indbrud i private hjem' }],
    indicators: [
      {
        id: '40000000-0000-4000-8000-000000000001',
        name: 'IND-01 Anmeldte indbrud i private hjem',
      },
    ],
    report: {
      filename: 'Tryghedsvandring Hørsholm.pdf',
      contentType: 'application/pdf',
      sizeBytes: 1_258_291,
    },
    canEdit: false,
    version: 3,
    ...overrides,
  };
}

/** A yearly citizens' meeting in the same track, planned, with nothing linked and no report. */
export function citizensMeeting(overrides: Partial<ActivityView> = {}): ActivityView {
  return activity({
    id: '60000000-0000-4000-8000-000000000002',
    title: 'Borgermøder',
    description: 'Årlige borgermøder, der skal øge viden om indbrudsforebyggelse.',
    kind: 'CITIZENS_MEETING',
    focusArea: null,
    targetGroup: 'Beboere i hele kommunen',
    responsible: null,
    responsibleOrganisation: null,
    intendedOutcome: 'Flere tilmeldte nabohjælpere',
    specialFocus: false,
    startsOn: null,
    endsOn: null,
    status: 'PLANNED',
    goals: [],
    indicators: [],
    report: null,
    version: 0,
    ...overrides,
  });
}

/** A collaboration in the second track, done. */
export function nightRavens(overrides: Partial<ActivityView> = {}): ActivityView {
  return activity({
    id: '60000000-0000-4000-8000-000000000003',
    title: 'Samarbejde med Natteravnene',
    description: null,
    kind: 'COLLABORATION',
    track: TRACK.communities,
    focusArea: null,
    targetGroup: 'Alle borgere i kommunen',
    responsible: null,
    responsibleOrganisation: ORG.politi,
    intendedOutcome: 'Flere frivillige og større fokus på stærke lokale fællesskaber',
    specialFocus: false,
    startsOn: '2025-01-01',
    endsOn: null,
    status: 'COMPLETED',
    goals: [],
    indicators: [],
    report: null,
    version: 1,
    ...overrides,
  });
}

export function activityPage(
  items: ActivityView[],
  overrides: Partial<ActivityPage> = {},
): ActivityPage {
  return {
    items,
    page: 0,
    size: 100,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}
