import type { AuditAction, AuditEntryView } from '../../../api/types';

/** The kinds of thing the audit trail records for a partnership; anything newer is `OTHER`. */
export type EntityKind =
  'PARTNERSHIP' | 'FOCUS_AREA' | 'MEMBER' | 'ATTENDANCE_INVITATION' | 'OTHER';

const KINDS: readonly string[] = ['PARTNERSHIP', 'FOCUS_AREA', 'MEMBER', 'ATTENDANCE_INVITATION'];

export function entityKind(entityType: string): EntityKind {
  return KINDS.includes(entityType) ? (entityType as EntityKind) : 'OTHER';
}

/** What an entry says happened, to be put in a Danish (or English) sentence. */
export type EntrySentence =
  | { kind: 'statusChanged'; from: unknown; to: unknown }
  | { kind: 'reordered' }
  | { kind: 'entity'; entity: EntityKind; action: AuditAction };

/** The values an entry keeps are the read model of what changed: an object, or nothing. */
export function recordOf(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * The API records status changes and reorderings as updates of the partnership holding only
 * `status` or only `focusAreas`; they read better told as what they are.
 */
export function sentenceOf(entry: AuditEntryView): EntrySentence {
  const entity = entityKind(entry.entityType);
  const before = recordOf(entry.before as unknown);
  const after = recordOf(entry.after as unknown);
  if (entity === 'PARTNERSHIP' && entry.action === 'UPDATED' && before && after) {
    const keys = Object.keys(after);
    if (keys.length === 1 && keys[0] === 'status') {
      return { kind: 'statusChanged', from: before.status, to: after.status };
    }
    if (keys.length === 1 && keys[0] === 'focusAreas') return { kind: 'reordered' };
  }
  return { kind: 'entity', entity, action: entry.action };
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Bookkeeping, the caller's own rights at the time, and values the API works out from others:
 * none of it was changed by anyone, so the history leaves it out.
 */
const HIDDEN = new Set([
  'id',
  'version',
  'sha256',
  'canEdit',
  'canReport',
  'me',
  'overdue',
  'changedAfterPublish',
  'latestValue',
  'latestPeriod',
  'indicatorStatus',
]);

/**
 * Whether a field is left out of the history. References by id (`meetingId`, `areaId`, …) are:
 * the sentence already says what the entry is about, and an id means nothing to a reader. A term
 * is named from the partnership's own terms, so `termId` stays.
 */
export function isHiddenField(field: string): boolean {
  return HIDDEN.has(field) || (/Ids?$/.test(field) && field !== 'termId');
}

/**
 * The fields an entry touched, with their values before and after: for a change only the fields
 * whose value changed, for a creation or deletion every field.
 */
export function changesOf(entry: AuditEntryView): FieldChange[] {
  const before = recordOf(entry.before as unknown) ?? {};
  const after = recordOf(entry.after as unknown) ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !isHiddenField(field))
    .filter(
      (field) =>
        entry.action !== 'UPDATED' ||
        JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null),
    )
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/**
 * The party a signatory's entry is about. A signatory is restored through its party, so without
 * it (an entry recorded before the API kept it) the signatory cannot be restored from here.
 */
export function signatoryPartyId(entry: AuditEntryView): string | undefined {
  const record = recordOf(entry.before as unknown) ?? recordOf(entry.after as unknown);
  return typeof record?.partyId === 'string' ? record.partyId : undefined;
}

/**
 * Deletions the secretariat can undo: focus areas, members, terms, chair periods, parties and
 * signatories.
 */
export function isRestorable(entry: AuditEntryView): boolean {
  if (entry.action !== 'DELETED') return false;
  const entity = entityKind(entry.entityType);
  if (entry.entityType === 'SIGNATORY') return signatoryPartyId(entry) !== undefined;
  return (
    entity === 'FOCUS_AREA' ||
    entity === 'MEMBER' ||
    entry.entityType === 'TERM' ||
    entry.entityType === 'CHAIR_PERIOD' ||
    entry.entityType === 'PARTY'
  );
}

/**
 * The ids of the entries that are the newest on this page for what they changed. An older
 * deletion has been followed by a restore or another change, so it is not offered for restoring.
 */
export function newestPerEntity(entries: AuditEntryView[]): Set<string> {
  const seen = new Set<string>();
  const newest = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.entityId)) continue;
    seen.add(entry.entityId);
    newest.add(entry.id);
  }
  return newest;
}
