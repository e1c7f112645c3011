import { describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import { isHiddenField } from './describe-entry';
import { fieldLabel, readableField, summaryText, valueText, type Words } from './describe-value';

const words: Words = {
  t: (key, options) => i18n.t(key as never, options as never) as unknown as string,
  exists: (key) => i18n.exists(key),
  language: 'da',
};

describe('fieldLabel', () => {
  it('gives the Danish label of a field the locales know', () => {
    expect(fieldLabel('responsibleOrganisation', words)).toBe('Ansvarlig organisation');
    expect(fieldLabel('startsAt', words)).toBe('Tidspunkt');
  });

  it('writes a field it does not know in words, never in camelCase', () => {
    expect(readableField('someNewField')).toBe('Some new field');
    expect(readableField('maxURLLength')).toBe('Max url length');
    expect(fieldLabel('reviewedByChair', words)).toBe('Reviewed by chair');
  });
});

describe('isHiddenField', () => {
  it('leaves out ids, versions and the caller’s own rights, but keeps a term', () => {
    for (const field of ['id', 'version', 'meetingId', 'areaId', 'canEdit', 'sha256', 'goalIds']) {
      expect(isHiddenField(field), field).toBe(true);
    }
    expect(isHiddenField('termId')).toBe(false);
    expect(isHiddenField('title')).toBe(false);
  });
});

describe('valueText', () => {
  it('writes an empty value as nothing, to be shown as "(tom)"', () => {
    expect(valueText('GOAL', 'dueDate', null, words)).toBeNull();
    expect(valueText('GOAL', 'description', '', words)).toBeNull();
    expect(valueText('GOAL', 'indicators', [], words)).toBeNull();
  });

  it('writes dates and times in Danish, in Copenhagen time', () => {
    expect(valueText('FOLLOW_UP', 'dueDate', '2026-04-30', words)).toBe('30. april 2026');
    expect(valueText('MEETING', 'startsAt', '2026-07-01T06:00:00Z', words)).toBe(
      '1. juli 2026 kl. 08.00',
    );
  });

  it('writes codes by their labels for the kind of entity', () => {
    expect(valueText('GOAL', 'status', 'ACHIEVED', words)).toBe('Nået');
    expect(valueText('MEETING', 'status', 'HELD', words)).toBe('Afholdt');
    expect(valueText('PARTNERSHIP', 'status', 'UNDER_EVALUATION', words)).toBe('Under evaluering');
    expect(valueText('INDICATOR', 'frequency', 'QUARTER', words)).toBe('Kvartalsvis');
    expect(valueText('MEMBER', 'role', 'CHAIR', words)).toBe('Formand');
  });

  it('writes the minutes taken back from comments, and a comment marked handled, in words', () => {
    expect(fieldLabel('minutesStatus', words)).toBe('Referatets status');
    expect(valueText('MEETING', 'minutesStatus', 'IN_COMMENT', words)).toBe('Til kommentering');
    expect(valueText('MEETING', 'minutesStatus', 'DRAFT', words)).toBe('Kladde');
    expect(fieldLabel('handledAt', words)).toBe('Markeret som håndteret');
    expect(fieldLabel('handledBy', words)).toBe('Håndteret af');
    expect(valueText('MINUTES_COMMENT', 'handledAt', '2026-12-07T09:30:00Z', words)).toBe(
      '7. december 2026 kl. 10.30',
    );
  });

  it('writes periods, numbers, yes/no and references in words', () => {
    expect(valueText('INDICATOR', 'targetPeriod', '2027-Q4', words)).toBe('4. kvartal 2027');
    expect(valueText('MEASUREMENT', 'value', 1234.5, words)).toBe('1.234,5');
    expect(valueText('INDICATOR', 'upIsGood', false, words)).toBe('Nej');
    expect(
      valueText(
        'GOAL',
        'responsibleOrganisation',
        { id: '10000000-0000-4000-8000-000000000003', name: 'Ballerup Kommune' },
        words,
      ),
    ).toBe('Ballerup Kommune');
    expect(
      valueText(
        'WORKING_GROUP',
        'decision',
        { id: 'b2', text: 'Vi gennemfører vandringer.' },
        words,
      ),
    ).toBe('Vi gennemfører vandringer.');
  });

  it('never shows a bare id', () => {
    expect(valueText('OTHER', 'owner', '10000000-0000-4000-8000-000000000003', words)).toBe(
      '(uden navn)',
    );
  });
});

describe('summaryText', () => {
  it('writes the periods and dates of a summary in words', () => {
    expect(summaryText('IND-01 2026-Q2', 'da')).toBe('IND-01 2. kvartal 2026');
    expect(summaryText('IND-02 2026-03', 'da')).toBe('IND-02 marts 2026');
    expect(summaryText('2013-09-01 – 2015-12-31', 'da')).toBe(
      '1. september 2013 – 31. december 2015',
    );
    expect(summaryText('Møde i 2026', 'da')).toBe('Møde i 2026');
  });
});
