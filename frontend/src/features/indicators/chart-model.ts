import { comparePeriods } from '../../lib/periods';
import type { SeriesPoint, SeriesView } from './types';

/** One line of the chart and one column of its table: an area, or all areas together. */
export interface ChartLine {
  id: string;
  name: string;
  total: boolean;
  points: Map<string, SeriesPoint>;
}

export const TOTAL_ID = 'total';

/**
 * The chart's lines: one per area, and the total when there is more than one area (with a single
 * area the total is the same line twice).
 */
export function linesOf(series: SeriesView, totalName: string): ChartLine[] {
  const byPeriod = (points: SeriesPoint[]) =>
    new Map(points.map((point) => [point.period, point] as const));
  const areas: ChartLine[] = series.areas.map((area) => ({
    id: area.areaId,
    name: area.name,
    total: false,
    points: byPeriod(area.points),
  }));
  if (areas.length === 1) return areas;
  return [...areas, { id: TOTAL_ID, name: totalName, total: true, points: byPeriod(series.total) }];
}

/** Every period any line has a value for, earliest first. */
export function periodsOf(lines: ChartLine[]): string[] {
  const periods = new Set<string>();
  for (const line of lines) for (const period of line.points.keys()) periods.add(period);
  return [...periods].sort(comparePeriods);
}

export interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

/** 1, 2, 2.5 or 5 times a power of ten: a step people read without effort. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * An axis that holds every value and starts at zero unless values go below it, with about `count`
 * round tick values.
 */
export function scaleOf(values: number[], count = 5): Scale {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  if (low === high) return { min: 0, max: 1, ticks: [0, 1] };
  const step = niceStep((high - low) / count);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision, so 0.1 + 0.2 does not show as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let tick = min; tick <= max + step / 2; tick += step) {
    ticks.push(Number(tick.toFixed(digits)));
  }
  return { min, max, ticks };
}

/** Every `n`th period gets a label on the time axis, so that at most `max` labels are shown. */
export function labelEvery(periods: number, max = 8): number {
  return Math.max(1, Math.ceil(periods / max));
}
