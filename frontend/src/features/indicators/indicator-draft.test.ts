import { describe, expect, it } from 'vitest';
import { indicator } from '../../test/indicator-fixtures';
import {
  checkIndicator,
  EMPTY_INDICATOR,
  indicatorDraftOf,
  indicatorInputOf,
  isValid,
  numberOf,
  type IndicatorDraft,
} from './indicator-draft';

const VALID: IndicatorDraft = {
  ...EMPTY_INDICATOR,
  code: 'IND-02',
  name: 'Tryghed i boligområderne',
  unit: 'procent',
  upIsGood: 'true',
  frequency: 'YEAR',
  aggregation: 'AVERAGE',
};

describe('numberOf', () => {
  it('reads numbers written with a decimal comma or point', () => {
    expect(numberOf(12)).toBe(12);
    expect(numberOf('12,5')).toBe(12.5);
    expect(numberOf('12.5')).toBe(12.5);
    expect(numberOf('-3')).toBe(-3);
    expect(numberOf('')).toBeNull();
    expect(numberOf('tolv')).toBeNaN();
    expect(numberOf('1.234,5')).toBeNaN();
  });
});

describe('checkIndicator', () => {
  it('accepts a complete draft', () => {
    expect(isValid(checkIndicator(VALID))).toBe(true);
  });

  it('names every required field that is missing', () => {
    expect(checkIndicator(EMPTY_INDICATOR).fields).toEqual({
      code: 'codeInvalid',
      name: 'nameInvalid',
      unit: 'unitInvalid',
      upIsGood: 'directionMissing',
    });
  });

  it('refuses a code with spaces', () => {
    expect(checkIndicator({ ...VALID, code: 'IND 02' }).fields.code).toBe('codeInvalid');
    expect(checkIndicator({ ...VALID, code: 'Ø-7_a.1' }).fields.code).toBeUndefined();
  });

  it('checks the periods against the chosen frequency', () => {
    const draft = { ...VALID, baselineValue: 60, baselinePeriod: '2025-Q1' };
    expect(checkIndicator(draft).fields.baselinePeriod).toBe('periodInvalid');
    expect(checkIndicator({ ...draft, frequency: 'QUARTER' }).fields.baselinePeriod).toBe(
      undefined,
    );
  });

  it('asks for both value and period of the baseline and the target, or neither', () => {
    expect(checkIndicator({ ...VALID, baselineValue: 60 }).fields).toEqual({
      baselinePeriod: 'baselinePeriodMissing',
    });
    expect(checkIndicator({ ...VALID, targetPeriod: '2028' }).fields).toEqual({
      targetValue: 'targetValueMissing',
    });
  });

  it('wants the target after the baseline', () => {
    const draft = {
      ...VALID,
      baselineValue: 70,
      baselinePeriod: '2028',
      targetValue: 80,
      targetPeriod: '2026',
    };
    expect(checkIndicator(draft).fields.targetPeriod).toBe('targetNotAfterBaseline');
  });

  it('refuses negative values unless they are allowed', () => {
    const draft = { ...VALID, baselineValue: -2, baselinePeriod: '2025' };
    expect(checkIndicator(draft).fields.baselineValue).toBe('negativeNotAllowed');
    expect(checkIndicator({ ...draft, allowNegative: true }).fields.baselineValue).toBe(undefined);
  });

  it('finds blank and repeated area names', () => {
    const check = checkIndicator({ ...VALID, areas: ['Herlev', ' ', 'herlev ', 'Ballerup'] });
    expect(check.areas).toEqual(['areaDuplicate', 'areaBlank', 'areaDuplicate', undefined]);
  });
});

describe('indicatorInputOf', () => {
  it('sends periods the way the API writes them and leaves empty fields out', () => {
    expect(
      indicatorInputOf({
        ...VALID,
        frequency: 'QUARTER',
        baselineValue: '12,5',
        baselinePeriod: '2025-k1',
        areas: [' Herlev ', 'Ballerup'],
      }),
    ).toEqual({
      code: 'IND-02',
      name: 'Tryghed i boligområderne',
      unit: 'procent',
      upIsGood: true,
      frequency: 'QUARTER',
      aggregation: 'AVERAGE',
      allowNegative: false,
      baselineValue: 12.5,
      baselinePeriod: '2025-Q1',
      areas: ['Herlev', 'Ballerup'],
    });
  });

  it('sends an unchanged indicator back as it was', () => {
    const view = indicator();
    expect(indicatorInputOf(indicatorDraftOf(view))).toEqual({
      code: view.code,
      name: view.name,
      description: view.description,
      unit: view.unit,
      upIsGood: false,
      frequency: 'QUARTER',
      aggregation: 'SUM',
      allowNegative: false,
      baselineValue: 60,
      baselinePeriod: '2025-Q1',
      targetValue: 45,
      targetPeriod: '2027-Q4',
      dataSource: view.dataSource,
      ownerOrganisationId: view.ownerOrganisation?.id,
      areas: ['Herlev', 'Ballerup', 'Gladsaxe'],
    });
  });
});
