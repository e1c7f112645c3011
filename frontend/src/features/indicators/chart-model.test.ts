import { describe, expect, it } from 'vitest';
import { quarterSeries } from '../../test/indicator-fixtures';
import {
  axisPeriodsOf,
  extentOf,
  labelledIndexes,
  linesOf,
  markerPath,
  markerShape,
  periodAt,
  periodsOf,
  scaleOf,
  textWidth,
  TOTAL_SHAPE,
} from './chart-model';

describe('linesOf', () => {
  it('gives a line per area and one for the total', () => {
    const lines = linesOf(quarterSeries(), 'I alt');

    expect(lines.map((line) => [line.name, line.total])).toEqual([
      ['Herlev', false],
      ['Ballerup', false],
      ['Gladsaxe', false],
      ['I alt', true],
    ]);
    expect(lines[3].points.get('2026-Q2')).toEqual({
      period: '2026-Q2',
      value: 32.5,
      complete: false,
    });
  });

  it('leaves out the total when there is one area, as it would be the same line', () => {
    const series = quarterSeries();
    const lines = linesOf({ ...series, areas: series.areas.slice(0, 1) }, 'I alt');

    expect(lines.map((line) => line.name)).toEqual(['Herlev']);
  });
});

describe('periodsOf', () => {
  it('gives every period of any line, in time order', () => {
    const series = quarterSeries({
      areas: [
        {
          areaId: 'a',
          name: 'A',
          points: [{ period: '2026-Q2', value: 1, complete: true }],
        },
        {
          areaId: 'b',
          name: 'B',
          points: [
            { period: '2025-Q4', value: 1, complete: true },
            { period: '2026-Q2', value: 1, complete: true },
          ],
        },
      ],
      total: [],
    });

    expect(periodsOf(linesOf(series, 'I alt'))).toEqual(['2025-Q4', '2026-Q2']);
  });
});

describe('extentOf', () => {
  it('keeps zero when the values cross it', () => {
    expect(extentOf([-3, 7])).toEqual([-3, 7]);
  });

  it('fits values far from zero, so a change near the top is not flattened', () => {
    // Nearest 102 is far more than a tenth (or a fifth) of the way to 118.
    expect(extentOf([102, 110, 118])).toEqual([102, 118]);
    expect(extentOf([102, 110, 118], 'count')).toEqual([102, 118]);
  });

  it('starts a rate at zero only when its values lie within a tenth of the axis from zero', () => {
    // 5 is 5/60 ≈ 0.083 of the way to 60: at most 0.1, so zero is kept.
    expect(extentOf([5, 60])).toEqual([0, 60]);
    // 8 is 8/60 ≈ 0.133 of the way: more than 0.1, so the axis fits the values.
    expect(extentOf([8, 60])).toEqual([8, 60]);
  });

  it('starts a count at zero when zero is within a fifth of the axis', () => {
    // 8/60 ≈ 0.133 ≤ 0.2 keeps zero for a count; 15/60 = 0.25 does not.
    expect(extentOf([8, 60], 'count')).toEqual([0, 60]);
    expect(extentOf([15, 60], 'count')).toEqual([15, 60]);
  });

  it('mirrors the rule for values below zero', () => {
    expect(extentOf([-60, -5])).toEqual([-60, 0]);
    expect(extentOf([-60, -30])).toEqual([-60, -30]);
  });

  it('draws a flat line away from zero against zero', () => {
    expect(extentOf([50, 50])).toEqual([0, 50]);
  });
});

describe('scaleOf', () => {
  it('starts a count near zero at zero and ends on a round number above the largest value', () => {
    // 18/60 = 0.3 > 0.2 would fit the values; the counts below start at zero because 0/… is 0.
    expect(scaleOf([0, 52, 60], 'count')).toEqual({ min: 0, max: 60, ticks: [0, 20, 40, 60] });
    expect(scaleOf([1234.5])).toEqual({
      min: 0,
      max: 1250,
      ticks: [0, 250, 500, 750, 1000, 1250],
    });
  });

  it('fits the axis around values far from zero with round ticks', () => {
    // Range 102–118 is 16; 16/5 = 3.2 rounds to a step of 5: 100 to 120.
    expect(scaleOf([102, 110, 118], 'count')).toEqual({
      min: 100,
      max: 120,
      ticks: [100, 105, 110, 115, 120],
    });
  });

  it('keeps the baseline and target in view when they are passed with the values', () => {
    // Values 40–48, baseline 60, target 30: range 30–60 is 30; 30/5 = 6 rounds to 10.
    const scale = scaleOf([40, 44, 48, 60, 30], 'count');
    expect(scale).toEqual({ min: 30, max: 60, ticks: [30, 40, 50, 60] });
  });

  it('goes below zero for negative values', () => {
    const scale = scaleOf([-3, 7]);
    expect(scale.min).toBe(-4);
    expect(scale.max).toBe(8);
    expect(scale.ticks).toContain(0);
  });

  it('writes decimal ticks without floating point noise', () => {
    expect(scaleOf([0.3]).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    // 1.02–1.18: step 0.05 from 1 to 1.2.
    expect(scaleOf([1.02, 1.18]).ticks).toEqual([1, 1.05, 1.1, 1.15, 1.2]);
  });

  it('gives an axis for values that are all zero, or none', () => {
    expect(scaleOf([0, 0])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
    expect(scaleOf([])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });
});

describe('periodAt', () => {
  it('moves a period to the quarter or year it falls in', () => {
    expect(periodAt('2027-12', 'QUARTER')).toBe('2027-Q4');
    expect(periodAt('2027-04', 'QUARTER')).toBe('2027-Q2');
    expect(periodAt('2027-Q3', 'YEAR')).toBe('2027');
    expect(periodAt('2027-Q3', 'QUARTER')).toBe('2027-Q3');
  });

  it('cannot make a coarse period finer', () => {
    expect(periodAt('2027', 'MONTH')).toBeNull();
  });
});

describe('axisPeriodsOf', () => {
  it('runs on to the target period when it is later than the values', () => {
    expect(axisPeriodsOf(['2026-Q1', '2026-Q2'], 'QUARTER', '2027-Q1')).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
    ]);
  });

  it('fills gaps so that time runs evenly, and ignores a target already passed', () => {
    expect(axisPeriodsOf(['2026-11', '2027-02'], 'MONTH', '2025-12')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });

  it('takes a monthly target to the year the values are added up to', () => {
    expect(axisPeriodsOf(['2025', '2026'], 'YEAR', '2028-06')).toEqual([
      '2025',
      '2026',
      '2027',
      '2028',
    ]);
  });
});

describe('labelledIndexes', () => {
  it('labels every period up to eight', () => {
    expect(labelledIndexes(8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('labels every nth period beyond eight, and always the latest value and the target', () => {
    // 20 periods: every 3rd (0, 3, …, 18); the latest value at 10 and the target at 19 are
    // kept; 9, 12 and 18 give way to them, being closer than 3.
    expect(labelledIndexes(20, [10, 19])).toEqual([0, 3, 6, 10, 15, 19]);
  });
});

describe('textWidth', () => {
  it('estimates a long Danish area name generously', () => {
    expect(textWidth('Høje-Taastrup og Albertslund Politikreds', 12)).toBeGreaterThanOrEqual(
      40 * 12 * 0.6,
    );
  });
});

describe('markerShape', () => {
  it('gives each of seven areas its own shape, and the total one no area has', () => {
    const lines = linesOf(quarterSeries(), 'I alt');
    const area = lines[0];
    const shapes = Array.from({ length: 7 }, (_, index) => markerShape(area, index));
    expect(new Set(shapes).size).toBe(7);
    expect(shapes).not.toContain(TOTAL_SHAPE);
    expect(markerShape(lines[3], 3)).toBe(TOTAL_SHAPE);
  });

  it('draws every shape as a closed path around its centre', () => {
    for (const shape of ['circle', 'square', 'triangle', 'diamond', 'plus'] as const) {
      expect(markerPath(shape, 10, 10, 4)).toMatch(/^M.*Z$/);
    }
  });
});
