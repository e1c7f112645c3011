import { describe, expect, it } from 'vitest';
import { quarterSeries } from '../../test/indicator-fixtures';
import { labelEvery, linesOf, periodsOf, scaleOf } from './chart-model';

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

describe('scaleOf', () => {
  it('starts at zero and ends on a round number above the largest value', () => {
    expect(scaleOf([18, 52, 60])).toEqual({ min: 0, max: 60, ticks: [0, 20, 40, 60] });
    expect(scaleOf([1234.5])).toEqual({
      min: 0,
      max: 1250,
      ticks: [0, 250, 500, 750, 1000, 1250],
    });
  });

  it('goes below zero for negative values', () => {
    const scale = scaleOf([-3, 7]);
    expect(scale.min).toBe(-4);
    expect(scale.max).toBe(8);
    expect(scale.ticks).toContain(0);
  });

  it('writes decimal ticks without floating point noise', () => {
    expect(scaleOf([0.3]).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('gives an axis for values that are all zero', () => {
    expect(scaleOf([0, 0])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });
});

describe('labelEvery', () => {
  it('labels every period up to eight, and fewer beyond', () => {
    expect(labelEvery(8)).toBe(1);
    expect(labelEvery(9)).toBe(2);
    expect(labelEvery(120)).toBe(15);
  });
});
