import { formatDate, formatDateTime } from '../../../lib/dates';
import { formatFileSize } from '../../../lib/file-size';
import { formatNumber } from '../../../lib/numbers';
import { formatPeriod, readPeriod } from '../../../lib/periods';
import { recordOf } from './describe-entry';

/**
 * Words for any field an audit entry may hold, so the history never shows the API's own names,
 * ids or ISO timestamps. The entries of the partnership itself, its parties and its periods have
 * their own words (see `history-entry`, `describe-party`, `describe-period`); this covers the
 * rest: meetings, agenda items, minutes, decisions, follow-ups, goals, indicators and values,
 * activities, proposals and working groups.
 */

/** Looks a text up by key; `exists` tells whether the locale has it. */
export interface Words {
  t: (key: string, options?: Record<string, unknown>) => string;
  exists: (key: string) => boolean;
  language: string;
}

/** API field names with a label under `history.fields` in the locales. */
export const FIELD_LABELS: readonly string[] = [
  'name',
  'title',
  'number',
  'description',
  'retired',
  'email',
  'role',
  'organisation',
  'invited',
  'status',
  'purposes',
  'principles',
  'rulesOfProcedure',
  'economyNotes',
  'minMeetingsPerYear',
  'focusAreas',
  'text',
  'note',
  'kind',
  'place',
  'onlineUrl',
  'startsAt',
  'durationMinutes',
  'cancellationReason',
  'minutes',
  'presenter',
  'background',
  'decisions',
  'followUps',
  'attachments',
  'focusArea',
  'dueDate',
  'successCriterion',
  'responsibleOrganisation',
  'responsiblePerson',
  'responsible',
  'workingGroup',
  'indicators',
  'goals',
  'mandate',
  'members',
  'deadline',
  'closedAt',
  'closingReport',
  'decision',
  'leadOrganisation',
  'code',
  'unit',
  'areas',
  'upIsGood',
  'frequency',
  'aggregation',
  'allowNegative',
  'dataSource',
  'baselineValue',
  'baselinePeriod',
  'targetValue',
  'targetPeriod',
  'ownerOrganisation',
  'period',
  'value',
  'source',
  'filename',
  'sizeBytes',
  'uploadedAt',
  'uploadedBy',
  'contentType',
  'report',
  'reason',
  'response',
  'presence',
  'author',
  'createdAt',
  'keepsSecretariatRights',
  'track',
  'targetGroup',
  'intendedOutcome',
  'specialFocus',
  'answer',
  'created',
  'corrected',
  'unchanged',
  'minutesStatus',
  'handledAt',
  'handledBy',
];

/** A field name the locales do not know, in words: `keepsSecretariatRights` → "Keeps secretariat rights". */
export function readableField(field: string): string {
  const words = field
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fieldLabel(field: string, words: Words): string {
  return FIELD_LABELS.includes(field) ? words.t(`history.fields.${field}`) : readableField(field);
}

/** Where the words for a field's coded values are, by the kind of entity and the field. */
const STATUS_KEYS: Record<string, string> = {
  PARTNERSHIP: 'status',
  GOAL: 'goals.status',
  MEETING: 'meetings.status',
  WORKING_GROUP: 'workingGroups.status',
  FOLLOW_UP: 'followUps.status',
  ACTIVITY: 'activities.status',
  PROPOSAL: 'proposals.status',
  INDICATOR: 'indicators.status',
};
const KIND_KEYS: Record<string, string> = {
  AGENDA_ITEM: 'meetings.agenda.kind',
  TERM: 'termKind',
  ACTIVITY: 'activities.kind',
};
const CODE_KEYS: Record<string, string> = {
  role: 'role',
  response: 'attendance.response',
  presence: 'attendance.presence',
  frequency: 'indicators.frequency',
  aggregation: 'indicators.aggregation',
  minutesStatus: 'minutes.status',
};
const PERIOD_FIELDS = new Set(['period', 'baselinePeriod', 'targetPeriod']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function codeKey(entityType: string, field: string): string | undefined {
  if (field === 'status') return STATUS_KEYS[entityType];
  if (field === 'kind') return KIND_KEYS[entityType];
  return CODE_KEYS[field];
}

/** One thing among several, or a reference to one: by its name, title or text, never its id. */
function itemText(value: unknown, words: Words): string | null {
  const record = recordOf(value);
  if (!record) return scalarText(value, words);
  if (typeof record.number === 'number' && typeof record.title === 'string') {
    return `${record.number}. ${record.title}`;
  }
  if (typeof record.code === 'string' && typeof record.name === 'string') {
    return `${record.code} ${record.name}`;
  }
  for (const key of ['name', 'title', 'text', 'filename', 'meetingTitle']) {
    if (typeof record[key] === 'string' && record[key] !== '') return record[key] as string;
  }
  return words.t('history.unnamed');
}

function scalarText(raw: unknown, words: Words): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (typeof raw === 'boolean') return raw ? words.t('common.yes') : words.t('common.no');
  if (typeof raw === 'number') return formatNumber(raw, words.language);
  if (typeof raw !== 'string') return itemText(raw, words);
  if (UUID.test(raw)) return words.t('history.unnamed');
  if (DATE_TIME.test(raw)) return formatDateTime(raw, words.language);
  if (DATE.test(raw)) return formatDate(raw, words.language);
  return raw;
}

/**
 * A field's value as the rest of the app writes it: dates and times in Danish (Europe/
 * Copenhagen), periods in words, codes by their labels, yes/no, names for organisations, people
 * and other things referred to. Null when there is no value, to be shown as "(tom)".
 */
export function valueText(
  entityType: string,
  field: string,
  raw: unknown,
  words: Words,
): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (Array.isArray(raw)) {
    const items = raw.map((item) => itemText(item, words)).filter((item) => item !== null);
    return items.length === 0 ? null : items.join('\n');
  }
  if (typeof raw === 'string') {
    const prefix = codeKey(entityType, field);
    if (prefix && words.exists(`${prefix}.${raw}`)) return words.t(`${prefix}.${raw}`);
    if (PERIOD_FIELDS.has(field) && readPeriod(raw)) return formatPeriod(raw, words.language);
  }
  if (typeof raw === 'number') {
    if (field === 'sizeBytes') return formatFileSize(raw, words.language);
    if (field === 'durationMinutes') return words.t('history.durationMinutes', { count: raw });
  }
  return scalarText(raw, words);
}

/**
 * The API's one-line summary of an entry with its periods and dates in words: a value's summary
 * is its indicator's code and the period ("IND-01 2026-Q2" → "IND-01 2. kvartal 2026").
 */
export function summaryText(summary: string, language: string): string {
  return summary
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatDate(date, language))
    .replace(/\b\d{4}-(?:\d{2}|Q[1-4])\b/g, (period) =>
      readPeriod(period) ? formatPeriod(period, language) : period,
    );
}
