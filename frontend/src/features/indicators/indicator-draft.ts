import { normalisePeriod, parsePeriod, comparePeriods } from '../../lib/periods';
import type { Aggregation, Frequency, IndicatorInput, IndicatorView } from './types';

/** The limits the API enforces on indicators; checking them here only saves a round trip. */
export const INDICATOR_LIMITS = {
  code: 30,
  name: 300,
  description: 5000,
  unit: 50,
  dataSource: 500,
  area: 200,
  areas: 50,
  value: 1e12,
} as const;

const CODE = /^[\p{L}\p{N}._-]+$/u;

/**
 * An indicator's form, its fields named as the API names them so its verdict on a field lands on
 * the right input. Number inputs hold a string while they are being typed; the direction is
 * `'true'` (higher is better), `'false'` or not chosen yet.
 */
export interface IndicatorDraft {
  code: string;
  name: string;
  description: string;
  unit: string;
  upIsGood: '' | 'true' | 'false';
  frequency: Frequency;
  aggregation: Aggregation;
  allowNegative: boolean;
  baselineValue: number | string;
  baselinePeriod: string;
  targetValue: number | string;
  targetPeriod: string;
  dataSource: string;
  ownerOrganisationId: string;
  areas: string[];
}

export type IndicatorField = Exclude<keyof IndicatorDraft, 'areas'>;

export type IndicatorProblem =
  | 'codeInvalid'
  | 'nameInvalid'
  | 'tooLong'
  | 'unitInvalid'
  | 'directionMissing'
  | 'numberInvalid'
  | 'negativeNotAllowed'
  | 'periodInvalid'
  | 'baselineValueMissing'
  | 'baselinePeriodMissing'
  | 'targetValueMissing'
  | 'targetPeriodMissing'
  | 'targetNotAfterBaseline';

export type AreaProblem = 'areaBlank' | 'tooLong' | 'areaDuplicate';

export interface IndicatorCheck {
  fields: Partial<Record<IndicatorField, IndicatorProblem>>;
  /** One entry per area, `undefined` for an area that is fine. */
  areas: (AreaProblem | undefined)[];
  tooManyAreas: boolean;
}

export const EMPTY_INDICATOR: IndicatorDraft = {
  code: '',
  name: '',
  description: '',
  unit: '',
  upIsGood: '',
  frequency: 'MONTH',
  aggregation: 'SUM',
  allowNegative: false,
  baselineValue: '',
  baselinePeriod: '',
  targetValue: '',
  targetPeriod: '',
  dataSource: '',
  ownerOrganisationId: '',
  areas: [],
};

export function indicatorDraftOf(indicator: IndicatorView): IndicatorDraft {
  return {
    code: indicator.code,
    name: indicator.name,
    description: indicator.description ?? '',
    unit: indicator.unit,
    upIsGood: indicator.upIsGood ? 'true' : 'false',
    frequency: indicator.frequency,
    aggregation: indicator.aggregation,
    allowNegative: indicator.allowNegative,
    baselineValue: indicator.baselineValue ?? '',
    baselinePeriod: indicator.baselinePeriod ?? '',
    targetValue: indicator.targetValue ?? '',
    targetPeriod: indicator.targetPeriod ?? '',
    dataSource: indicator.dataSource ?? '',
    ownerOrganisationId: indicator.ownerOrganisation?.id ?? '',
    areas: indicator.areas.map((area) => area.name),
  };
}

/**
 * The number in a number input: a number as it is, a string in Danish or English writing ("12,5",
 * "12.5"); null when empty, NaN when it is not a number.
 */
export function numberOf(value: number | string): number | null {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (text === '') return null;
  if (!/^[-−]?\d+([.,]\d+)?$/.test(text)) return Number.NaN;
  return Number(text.replace('−', '-').replace(',', '.'));
}

function tooBig(value: number): boolean {
  return Math.abs(value) > INDICATOR_LIMITS.value;
}

function isBlankOrLonger(text: string, max: number): boolean {
  return text.trim().length === 0 || text.length > max;
}

/** Where the pair of a value and its period (baseline or target) goes wrong, if anywhere. */
function checkPair(
  draft: IndicatorDraft,
  valueField: 'baselineValue' | 'targetValue',
  periodField: 'baselinePeriod' | 'targetPeriod',
  fields: IndicatorCheck['fields'],
) {
  const value = numberOf(draft[valueField]);
  const periodText = draft[periodField].trim();
  if (value !== null && (Number.isNaN(value) || tooBig(value)))
    fields[valueField] = 'numberInvalid';
  else if (value !== null && value < 0 && !draft.allowNegative) {
    fields[valueField] = 'negativeNotAllowed';
  }
  if (periodText && !parsePeriod(periodText, draft.frequency))
    fields[periodField] = 'periodInvalid';
  if (fields[valueField] || fields[periodField]) return;
  const baseline = valueField === 'baselineValue';
  if (value === null && periodText) {
    fields[valueField] = baseline ? 'baselineValueMissing' : 'targetValueMissing';
  } else if (value !== null && !periodText) {
    fields[periodField] = baseline ? 'baselinePeriodMissing' : 'targetPeriodMissing';
  }
}

/** What the API would reject in the form, checked field by field. */
export function checkIndicator(draft: IndicatorDraft): IndicatorCheck {
  const fields: IndicatorCheck['fields'] = {};
  const code = draft.code.trim();
  if (!code || code.length > INDICATOR_LIMITS.code || !CODE.test(code)) fields.code = 'codeInvalid';
  if (isBlankOrLonger(draft.name, INDICATOR_LIMITS.name)) fields.name = 'nameInvalid';
  if (draft.description.length > INDICATOR_LIMITS.description) fields.description = 'tooLong';
  if (isBlankOrLonger(draft.unit, INDICATOR_LIMITS.unit)) fields.unit = 'unitInvalid';
  if (draft.upIsGood === '') fields.upIsGood = 'directionMissing';
  if (draft.dataSource.length > INDICATOR_LIMITS.dataSource) fields.dataSource = 'tooLong';
  checkPair(draft, 'baselineValue', 'baselinePeriod', fields);
  checkPair(draft, 'targetValue', 'targetPeriod', fields);
  if (
    !fields.baselinePeriod &&
    !fields.targetPeriod &&
    draft.baselinePeriod &&
    draft.targetPeriod
  ) {
    const baseline = normalisePeriod(draft.baselinePeriod, draft.frequency);
    const target = normalisePeriod(draft.targetPeriod, draft.frequency);
    if (comparePeriods(target, baseline) <= 0) fields.targetPeriod = 'targetNotAfterBaseline';
  }

  const seen = new Map<string, number>();
  const areas = draft.areas.map((name): AreaProblem | undefined => {
    if (!name.trim()) return 'areaBlank';
    if (name.length > INDICATOR_LIMITS.area) return 'tooLong';
    const key = name.trim().toLocaleLowerCase('da');
    seen.set(key, (seen.get(key) ?? 0) + 1);
    return undefined;
  });
  draft.areas.forEach((name, index) => {
    const key = name.trim().toLocaleLowerCase('da');
    if (areas[index] === undefined && (seen.get(key) ?? 0) > 1) areas[index] = 'areaDuplicate';
  });
  return { fields, areas, tooManyAreas: draft.areas.length > INDICATOR_LIMITS.areas };
}

export function isValid(check: IndicatorCheck): boolean {
  return (
    Object.keys(check.fields).length === 0 &&
    check.areas.every((problem) => problem === undefined) &&
    !check.tooManyAreas
  );
}

function optionalText(text: string): string | undefined {
  return text.trim() ? text.trim() : undefined;
}

/** The indicator to send; only for a draft without problems. Empty optional fields are left out. */
export function indicatorInputOf(draft: IndicatorDraft): IndicatorInput {
  const baselineValue = numberOf(draft.baselineValue);
  const targetValue = numberOf(draft.targetValue);
  const input: IndicatorInput = {
    code: draft.code.trim(),
    name: draft.name.trim(),
    unit: draft.unit.trim(),
    upIsGood: draft.upIsGood === 'true',
    frequency: draft.frequency,
    aggregation: draft.aggregation,
    allowNegative: draft.allowNegative,
    areas: draft.areas.map((name) => name.trim()),
  };
  const description = optionalText(draft.description);
  if (description) input.description = description;
  if (baselineValue !== null) {
    input.baselineValue = baselineValue;
    input.baselinePeriod = normalisePeriod(draft.baselinePeriod, draft.frequency);
  }
  if (targetValue !== null) {
    input.targetValue = targetValue;
    input.targetPeriod = normalisePeriod(draft.targetPeriod, draft.frequency);
  }
  const dataSource = optionalText(draft.dataSource);
  if (dataSource) input.dataSource = dataSource;
  if (draft.ownerOrganisationId) input.ownerOrganisationId = draft.ownerOrganisationId;
  return input;
}
