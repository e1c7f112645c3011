import { describe, expect, it } from 'vitest';
import { auditEntry } from '../../../test/fixtures';
import { changesOf, entityKind, isRestorable, newestPerEntity, sentenceOf } from './describe-entry';

describe('sentenceOf', () => {
  it('tells a status change and a reordering apart from other changes of the partnership', () => {
    const partnership = { entityType: 'PARTNERSHIP', action: 'UPDATED' as const };
    expect(
      sentenceOf(
        auditEntry({ ...partnership, before: { status: 'DRAFT' }, after: { status: 'ACTIVE' } }),
      ),
    ).toEqual({ kind: 'statusChanged', from: 'DRAFT', to: 'ACTIVE' });
    expect(
      sentenceOf(
        auditEntry({ ...partnership, before: { focusAreas: [] }, after: { focusAreas: [] } }),
      ),
    ).toEqual({ kind: 'reordered' });
    expect(
      sentenceOf(
        auditEntry({
          ...partnership,
          before: { name: 'a', status: 'ACTIVE' },
          after: { name: 'b', status: 'ACTIVE' },
        }),
      ),
    ).toEqual({ kind: 'entity', entity: 'PARTNERSHIP', action: 'UPDATED' });
  });

  it('names kinds of entity it does not know as other', () => {
    expect(entityKind('MEETING')).toBe('OTHER');
    expect(entityKind('ATTENDANCE_INVITATION')).toBe('ATTENDANCE_INVITATION');
  });
});

describe('changesOf', () => {
  it('keeps only the fields an update changed, without bookkeeping', () => {
    const entry = auditEntry({
      before: { id: 'x', title: 'A', description: 'før', retired: false, version: 1 },
      after: { id: 'x', title: 'A', description: 'efter', retired: true, version: 2 },
    });
    expect(changesOf(entry)).toEqual([
      { field: 'description', before: 'før', after: 'efter' },
      { field: 'retired', before: false, after: true },
    ]);
  });

  it('keeps every field of a creation', () => {
    const entry = auditEntry({
      action: 'CREATED',
      after: { id: 'x', title: 'A', description: null },
    });
    expect(changesOf(entry)).toEqual([
      { field: 'title', before: null, after: 'A' },
      { field: 'description', before: null, after: null },
    ]);
  });
});

describe('restoring', () => {
  it('offers deleted focus areas and members, once they are the newest entry for them', () => {
    const deleted = auditEntry({ id: '1', entityId: 'a', action: 'DELETED' });
    const restored = auditEntry({ id: '2', entityId: 'a', action: 'RESTORED' });
    expect(isRestorable(deleted)).toBe(true);
    expect(isRestorable(auditEntry({ action: 'DELETED', entityType: 'PARTNERSHIP' }))).toBe(false);
    expect([...newestPerEntity([restored, deleted])]).toEqual(['2']);
  });

  it('offers removed parties, and removed signatories whose party the entry names', () => {
    expect(isRestorable(auditEntry({ entityType: 'PARTY', action: 'DELETED' }))).toBe(true);
    expect(isRestorable(auditEntry({ entityType: 'PARTY', action: 'UPDATED' }))).toBe(false);
    const signatory = { id: 's', partyId: 'p', name: 'Kim Christiansen' };
    expect(
      isRestorable(auditEntry({ entityType: 'SIGNATORY', action: 'DELETED', before: signatory })),
    ).toBe(true);
    expect(
      isRestorable(
        auditEntry({
          entityType: 'SIGNATORY',
          action: 'DELETED',
          before: { id: 's', name: 'Kim Christiansen' },
        }),
      ),
    ).toBe(false);
  });
});
