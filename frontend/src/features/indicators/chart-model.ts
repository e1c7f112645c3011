import {
  comparePeriods,
  periodKey,
  readPeriod,
  type Period,
  type PeriodFrequency,
} from '../../lib/periods';
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
 * How much of the axis may be left empty between zero and the values before zero is left out:
 * a fifth for counts, which are read against zero, a tenth for rates and averages.
 */
export const ZERO_SHARE = { count: 0.2, other: 0.1 } as const;

/**
 * The stretch of values the axis must show. Zero is in it when the values cross it, or when the
 * values lie so close to it that starting from zero leaves only a small empty band: the nearest
 * value is at most `share` of the way from zero to the farthest. Otherwise the axis fits the
 * values, so that a change from 102 to 118 does not look like a flat line at the top.
 */
export function extentOf(values: number[], kind: 'count' | 'other' = 'other'): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (low <= 0 && high >= 0) return [low, high];
  const near = Math.min(Math.abs(low), Math.abs(high));
  const far = Math.max(Math.abs(low), Math.abs(high));
  // A flat line away from zero has no range of its own; it is drawn against zero.
  const withZero = low === high || near <= ZERO_SHARE[kind] * far;
  if (!withZero) return [low, high];
  return low > 0 ? [0, high] : [low, 0];
}

/**
 * An axis with about `count` round tick values that holds every value, from zero or fitted to
 * the values as {@link extentOf} decides. Pass the baseline and target with the values, so that
 * they are on the axis too.
 */
export function scaleOf(values: number[], kind: 'count' | 'other' = 'other', count = 5): Scale {
  if (values.length === 0) return { min: 0, max: 1, ticks: [0, 1] };
  const [low, high] = extentOf(values, kind);
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
  return { min: ticks[0], max: ticks[ticks.length - 1], ticks };
}

const PER_YEAR: Record<PeriodFrequency, number> = { MONTH: 12, QUARTER: 4, YEAR: 1 };

/**
 * A period moved to a coarser frequency: the quarter or year a month falls in, the year of a
 * quarter. The baseline and target are periods at the indicator's own frequency, while the chart
 * may add the values up per quarter or year.
 */
export function periodAt(key: string, frequency: PeriodFrequency): string | null {
  const period = readPeriod(key);
  if (!period) return null;
  if (PER_YEAR[period.frequency] < PER_YEAR[frequency]) return null;
  const months = 12 / PER_YEAR[period.frequency];
  const firstMonth = (period.index - 1) * months + 1;
  const index = Math.ceil(firstMonth / (12 / PER_YEAR[frequency]));
  return periodKey({ frequency, year: period.year, index });
}

function nextPeriod(period: Period): Period {
  return period.index < PER_YEAR[period.frequency]
    ? { ...period, index: period.index + 1 }
    : { ...period, year: period.year + 1, index: 1 };
}

/** Keeps a runaway target (a century ahead) from drawing thousands of empty months. */
const MAX_AXIS_PERIODS = 240;

/**
 * The periods along the time axis: every period from the first with a value to the last, without
 * gaps so that time runs evenly, and on to the target period when that is later.
 */
export function axisPeriodsOf(
  periods: string[],
  frequency: PeriodFrequency,
  targetPeriod: string | null = null,
): string[] {
  if (periods.length === 0) return [];
  const first = readPeriod(periods[0]);
  if (!first) return periods;
  let last = periods[periods.length - 1];
  const target = targetPeriod === null ? null : periodAt(targetPeriod, frequency);
  if (target && comparePeriods(target, last) > 0) last = target;
  const axis: string[] = [];
  for (let period: Period = first; axis.length < MAX_AXIS_PERIODS; period = nextPeriod(period)) {
    const key = periodKey(period);
    axis.push(key);
    if (key === last) return axis;
  }
  return periods;
}

/**
 * The axis positions that get a label, at most about `max` of them: every `n`th period, and
 * always the ones in `keep` (the latest value, the target), leaving out regular labels that would
 * crowd a kept one.
 */
export function labelledIndexes(count: number, keep: number[] = [], max = 8): number[] {
  const every = Math.max(1, Math.ceil(count / max));
  const kept = new Set(keep.filter((index) => index >= 0 && index < count));
  const labelled = new Set(kept);
  for (let index = 0; index < count; index += every) {
    const crowds = [...kept].some((other) => other !== index && Math.abs(other - index) < every);
    if (!crowds) labelled.add(index);
  }
  return [...labelled].sort((a, b) => a - b);
}

/**
 * About how wide a text is drawn, in the units of the chart: SVG text cannot be measured before
 * it is drawn, and an estimate on the generous side keeps labels inside the picture.
 */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.62);
}

/** The shapes that tell the lines apart beside their colour. */
export type MarkerShape =
  'circle' | 'square' | 'triangle' | 'diamond' | 'triangleDown' | 'hexagon' | 'star' | 'plus';

const AREA_SHAPES: readonly MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangleDown',
  'hexagon',
  'star',
];

/** The total's own shape, which no area has. */
export const TOTAL_SHAPE: MarkerShape = 'plus';

export function markerShape(line: ChartLine, index: number): MarkerShape {
  return line.total ? TOTAL_SHAPE : AREA_SHAPES[index % AREA_SHAPES.length];
}

function polygon(points: [number, number][]): string {
  return `${points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`).join('')}Z`;
}

function regular(cx: number, cy: number, r: number, corners: number, turn: number) {
  return Array.from({ length: corners }, (_, i): [number, number] => {
    const angle = turn + (2 * Math.PI * i) / corners;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
}

/** An SVG path for a marker of `shape` centred on (cx, cy), about `r` from centre to edge. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  const up = -Math.PI / 2;
  switch (shape) {
    case 'circle':
      return `M${(cx - r).toFixed(1)},${cy.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const h = r * 0.9;
      return polygon([
        [cx - h, cy - h],
        [cx + h, cy - h],
        [cx + h, cy + h],
        [cx - h, cy + h],
      ]);
    }
    case 'triangle':
      return polygon(regular(cx, cy + r * 0.2, r * 1.25, 3, up));
    case 'triangleDown':
      return polygon(regular(cx, cy - r * 0.2, r * 1.25, 3, -up));
    case 'diamond':
      return polygon(regular(cx, cy, r * 1.25, 4, up));
    case 'hexagon':
      return polygon(regular(cx, cy, r * 1.1, 6, 0));
    case 'star':
      return polygon(
        regular(cx, cy, r * 1.35, 10, up).map(([px, py], i): [number, number] =>
          i % 2 === 0 ? [px, py] : [cx + (px - cx) * 0.5, cy + (py - cy) * 0.5],
        ),
      );
    default: {
      const a = r * 1.2;
      const b = r * 0.45;
      return polygon([
        [cx - b, cy - a],
        [cx + b, cy - a],
        [cx + b, cy - b],
        [cx + a, cy - b],
        [cx + a, cy + b],
        [cx + b, cy + b],
        [cx + b, cy + a],
        [cx - b, cy + a],
        [cx - b, cy + b],
        [cx - a, cy + b],
        [cx - a, cy - b],
        [cx - b, cy - b],
      ]);
    }
  }
}
