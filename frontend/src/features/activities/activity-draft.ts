import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  type ActivityInput,
  type ActivityKind,
  type ActivityStatus,
  type ActivityView,
} from './types';

/** The limits the API enforces on activities; checking them here only saves a round trip. */
export const ACTIVITY_LIMITS = {
  title: 300,
  description: 5000,
  track: 200,
  targetGroup: 1000,
  responsible: 500,
  intendedOutcome: 2000,
  goals: 50,
  indicators: 50,
} as const;

/**
 * An activity's form, its fields named as the API names them so its verdict on a field lands on
 * the right input. An empty string is "none chosen".
 */
export interface ActivityDraft {
  title: string;
  description: string;
  kind: ActivityKind;
  track: string;
  focusAreaId: string;
  targetGroup: string;
  responsible: string;
  responsibleOrganisationId: string;
  intendedOutcome: string;
  specialFocus: boolean;
  /** `YYYY-MM-DD`, or empty. */
  startsOn: string;
  /** `YYYY-MM-DD`, or empty. */
  endsOn: string;
  status: ActivityStatus;
  goalIds: string[];
  indicatorIds: string[];
}

export type ActivityField = keyof ActivityDraft;

export const EMPTY_ACTIVITY: ActivityDraft = {
  title: '',
  description: '',
  kind: 'OTHER',
  track: '',
  focusAreaId: '',
  targetGroup: '',
  responsible: '',
  responsibleOrganisationId: '',
  intendedOutcome: '',
  specialFocus: false,
  startsOn: '',
  endsOn: '',
  status: 'PLANNED',
  goalIds: [],
  indicatorIds: [],
};

export function activityDraftOf(activity: ActivityView): ActivityDraft {
  return {
    title: activity.title,
    description: activity.description ?? '',
    kind: activity.kind,
    track: activity.track ?? '',
    focusAreaId: activity.focusArea?.id ?? '',
    targetGroup: activity.targetGroup ?? '',
    responsible: activity.responsible ?? '',
    responsibleOrganisationId: activity.responsibleOrganisation?.id ?? '',
    intendedOutcome: activity.intendedOutcome ?? '',
    specialFocus: activity.specialFocus,
    startsOn: activity.startsOn ?? '',
    endsOn: activity.endsOn ?? '',
    status: activity.status,
    goalIds: activity.goals.map((goal) => goal.id),
    indicatorIds: activity.indicators.map((indicator) => indicator.id),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The fields of the form the API would reject. */
export function invalidActivityFields(draft: ActivityDraft): Set<ActivityField> {
  const fields = new Set<ActivityField>();
  const tooLong = (field: keyof typeof ACTIVITY_LIMITS & ActivityField) =>
    (draft[field] as string).length > ACTIVITY_LIMITS[field];
  if (draft.title.trim() === '' || tooLong('title')) fields.add('title');
  for (const field of [
    'description',
    'track',
    'targetGroup',
    'responsible',
    'intendedOutcome',
  ] as const) {
    if (tooLong(field)) fields.add(field);
  }
  if (!ACTIVITY_KINDS.includes(draft.kind)) fields.add('kind');
  if (!ACTIVITY_STATUSES.includes(draft.status)) fields.add('status');
  if (draft.startsOn !== '' && !DATE.test(draft.startsOn)) fields.add('startsOn');
  if (draft.endsOn !== '' && !DATE.test(draft.endsOn)) fields.add('endsOn');
  // YYYY-MM-DD dates compare correctly as text.
  if (
    !fields.has('startsOn') &&
    !fields.has('endsOn') &&
    draft.startsOn !== '' &&
    draft.endsOn !== '' &&
    draft.endsOn < draft.startsOn
  ) {
    fields.add('endsOn');
  }
  if (draft.goalIds.length > ACTIVITY_LIMITS.goals) fields.add('goalIds');
  if (draft.indicatorIds.length > ACTIVITY_LIMITS.indicators) fields.add('indicatorIds');
  return fields;
}

/**
 * The activity to send; only for a draft without invalid fields. Empty optional fields are left
 * out, which clears them: a change sends the whole activity.
 */
export function activityInputOf(draft: ActivityDraft): ActivityInput {
  const text = (value: string) => value.trim();
  const optional = <K extends string>(key: K, value: string) =>
    text(value) ? ({ [key]: text(value) } as Record<K, string>) : {};
  return {
    title: text(draft.title),
    ...optional('description', draft.description),
    kind: draft.kind,
    ...optional('track', draft.track),
    ...optional('focusAreaId', draft.focusAreaId),
    ...optional('targetGroup', draft.targetGroup),
    ...optional('responsible', draft.responsible),
    ...optional('responsibleOrganisationId', draft.responsibleOrganisationId),
    ...optional('intendedOutcome', draft.intendedOutcome),
    specialFocus: draft.specialFocus,
    ...optional('startsOn', draft.startsOn),
    ...optional('endsOn', draft.endsOn),
    status: draft.status,
    goalIds: draft.goalIds,
    indicatorIds: draft.indicatorIds,
  };
}
