import { Box, Checkbox, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/numbers';
import { formatPeriodShort } from '../../lib/periods';
import {
  labelledIndexes,
  markerPath,
  markerShape,
  scaleOf,
  textWidth,
  type ChartLine,
  type MarkerShape,
} from './chart-model';

const WIDTH = 720;
const HEIGHT = 300;
const FONT_SIZE = 12;
/** Room above the plot for a reference label on a line at the very top. */
const TOP = 24;
const BOTTOM = 44;
/** The least room beside the plot; more is taken when the labels need it. */
const MIN_SIDE = 24;

/** Dark shades that keep at least 3:1 contrast against white, as WCAG asks of graphics. */
const AREA_COLORS = [
  '#1971c2',
  '#d9480f',
  '#2b8a3e',
  '#9c36b5',
  '#0b7285',
  '#c2255c',
  '#5f3dc4',
  '#5c940d',
];
const TOTAL_COLOR = '#212529';
const REFERENCE_COLOR = '#495057';
const BASELINE_DASH = '8 4';
const TARGET_DASH = '2 4';

export function lineColor(line: ChartLine, index: number): string {
  return line.total ? TOTAL_COLOR : AREA_COLORS[index % AREA_COLORS.length];
}

export interface Reference {
  value: number;
  label: string;
}

interface TrendChartProps {
  /** Every line, so that each keeps its colour and shape when others are switched off. */
  lines: ChartLine[];
  /** The ids of the lines switched off in the legend. */
  hidden: ReadonlySet<string>;
  /** The periods along the axis, the target period included. */
  periods: string[];
  /** Periods whose label must show: the latest with a value and the target period. */
  keepLabels: string[];
  baseline: Reference | null;
  target: Reference | null;
  /** Whether the values are counts, which are read against zero (see `extentOf`). */
  kind: 'count' | 'other';
  /** What the chart shows, in words, for those who cannot see it. */
  summary: string;
}

/**
 * The values over time as lines, one per area and one for the total, with the baseline and the
 * target as dashed lines. Each line has its own colour and marker shape; incomplete periods get a
 * hollow marker. It is drawn for the eye only: screen readers hear the summary, and the table
 * beside it holds every value. On a narrow screen the chart scrolls sideways, so its frame takes
 * keyboard focus to be scrolled by the arrow keys.
 */
export function TrendChart({
  lines,
  hidden,
  periods,
  keepLabels,
  baseline,
  target,
  kind,
  summary,
}: TrendChartProps) {
  const { i18n } = useTranslation();
  const shown = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => !hidden.has(line.id));
  const values = shown.flatMap(({ line }) => [...line.points.values()].map((point) => point.value));
  if (baseline) values.push(baseline.value);
  if (target) values.push(target.value);
  const scale = scaleOf(values, kind);
  const number = (value: number) => formatNumber(value, i18n.language);
  const periodLabel = (period: string) => formatPeriodShort(period, i18n.language);

  const labelled = labelledIndexes(
    periods.length,
    keepLabels.map((period) => periods.indexOf(period)),
  );
  const firstLabel = labelled.length > 0 ? periodLabel(periods[labelled[0]]) : '';
  const lastLabel = labelled.length > 0 ? periodLabel(periods[labelled[labelled.length - 1]]) : '';
  const widestTick = Math.max(...scale.ticks.map((tick) => textWidth(number(tick), FONT_SIZE)));
  // Wide enough for the tick values, and for half of the first and last period labels.
  const left = Math.max(MIN_SIDE, widestTick + 14, textWidth(firstLabel, FONT_SIZE) / 2 + 4);
  const right = Math.max(MIN_SIDE, textWidth(lastLabel, FONT_SIZE) / 2 + 4);
  const plotWidth = WIDTH - left - right;
  const plotHeight = HEIGHT - TOP - BOTTOM;

  const x = (index: number) =>
    left + (periods.length === 1 ? plotWidth / 2 : (index * plotWidth) / (periods.length - 1));
  const y = (value: number) =>
    TOP + plotHeight * (1 - (value - scale.min) / (scale.max - scale.min));

  const pathOf = (line: ChartLine): string => {
    let path = '';
    let drawing = false;
    periods.forEach((period, index) => {
      const point = line.points.get(period);
      if (!point) {
        // A period without a value breaks the line rather than bridging it.
        drawing = false;
        return;
      }
      path += `${drawing ? 'L' : 'M'}${x(index).toFixed(1)},${y(point.value).toFixed(1)}`;
      drawing = true;
    });
    return path;
  };

  // A reference's label goes above its line, or below when it would leave the picture or sit on
  // the other reference's label.
  const baselineAbove = baseline ? y(baseline.value) - FONT_SIZE - 6 >= 0 : true;
  const labelY = (reference: Reference, other: Reference | null, otherAbove: boolean) => {
    const line = y(reference.value);
    const above = line - 6;
    const below = line + FONT_SIZE + 4;
    if (above - FONT_SIZE < 0) return below;
    if (other) {
      const otherY = otherAbove ? y(other.value) - 6 : y(other.value) + FONT_SIZE + 4;
      if (Math.abs(otherY - above) < FONT_SIZE + 2) return below;
    }
    return above;
  };

  const reference = (line: Reference, dash: string, textY: number) => (
    <g>
      <line
        x1={left}
        x2={WIDTH - right}
        y1={y(line.value)}
        y2={y(line.value)}
        stroke={REFERENCE_COLOR}
        strokeWidth={2}
        strokeDasharray={dash}
      />
      <text
        x={WIDTH - right}
        y={textY}
        textAnchor="end"
        fontSize={FONT_SIZE}
        fill={REFERENCE_COLOR}
      >
        {line.label}
      </text>
    </g>
  );

  return (
    <Box
      tabIndex={0}
      role="img"
      aria-label={summary}
      style={{ overflowX: 'auto' }}
      data-testid="trend-chart"
    >
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ minWidth: 480, maxWidth: WIDTH, display: 'block' }}
        fontFamily="inherit"
      >
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={left}
              x2={WIDTH - right}
              y1={y(tick)}
              y2={y(tick)}
              stroke={tick === 0 ? '#868e96' : '#dee2e6'}
            />
            <text
              data-axis-value={tick}
              x={left - 8}
              y={y(tick)}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={FONT_SIZE}
              fill="#212529"
            >
              {number(tick)}
            </text>
          </g>
        ))}
        {labelled.map((index) => (
          <g key={periods[index]}>
            <line
              x1={x(index)}
              x2={x(index)}
              y1={HEIGHT - BOTTOM}
              y2={HEIGHT - BOTTOM + 5}
              stroke="#868e96"
            />
            <text
              data-axis-period={periods[index]}
              x={x(index)}
              y={HEIGHT - BOTTOM + 20}
              textAnchor="middle"
              fontSize={FONT_SIZE}
              fill="#212529"
            >
              {periodLabel(periods[index])}
            </text>
          </g>
        ))}
        {baseline && reference(baseline, BASELINE_DASH, labelY(baseline, null, true))}
        {target && reference(target, TARGET_DASH, labelY(target, baseline, baselineAbove))}
        {shown.map(({ line, index: lineIndex }) => {
          const color = lineColor(line, lineIndex);
          const shape = markerShape(line, lineIndex);
          return (
            <g key={line.id} data-line={line.id} data-shape={shape}>
              <path
                d={pathOf(line)}
                fill="none"
                stroke={color}
                strokeWidth={line.total ? 3 : 2}
                strokeLinejoin="round"
              />
              {periods.map((period, index) => {
                const point = line.points.get(period);
                if (!point) return null;
                return (
                  <path
                    key={period}
                    data-marker={shape}
                    data-period={period}
                    data-complete={point.complete}
                    d={markerPath(shape, x(index), y(point.value), line.total ? 5 : 4.5)}
                    fill={point.complete ? color : '#ffffff'}
                    stroke={color}
                    strokeWidth={2}
                    strokeLinejoin="round"
                  />
                );
              })}
            </g>
          );
        })}
      </svg>
    </Box>
  );
}

/** A small picture of a line with its marker, for the legend. */
function Swatch({
  color,
  dash,
  shape = 'circle',
  hollow = false,
}: {
  color: string;
  dash?: string;
  shape?: MarkerShape;
  hollow?: boolean;
}) {
  return (
    <svg
      width={36}
      height={16}
      aria-hidden="true"
      focusable="false"
      style={{ flexShrink: 0 }}
      data-shape={dash ? undefined : shape}
    >
      <line x1={2} x2={34} y1={8} y2={8} stroke={color} strokeWidth={2} strokeDasharray={dash} />
      {!dash && (
        <path
          d={markerPath(shape, 18, 8, 4.5)}
          fill={hollow ? '#ffffff' : color}
          stroke={color}
          strokeWidth={2}
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}

interface LegendProps {
  lines: ChartLine[];
  hidden: ReadonlySet<string>;
  onToggle: (id: string) => void;
  baseline: boolean;
  target: boolean;
  incomplete: boolean;
}

/**
 * What each line and marker means, in words beside each picture. Each area and the total has a
 * checkbox that shows or hides its line, so one line can be read without the others.
 */
export function TrendLegend({
  lines,
  hidden,
  onToggle,
  baseline,
  target,
  incomplete,
}: LegendProps) {
  const { t } = useTranslation();
  const label = (swatch: ReactNode, text: string) => (
    <Group gap={6} wrap="nowrap" align="center">
      {swatch}
      <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
        {text}
      </Text>
    </Group>
  );
  const item = (key: string, content: ReactNode) => (
    <Box component="li" key={key} style={{ minWidth: 0, maxWidth: '100%' }}>
      {content}
    </Box>
  );
  return (
    <Group
      component="ul"
      aria-label={t('indicators.chart.legend')}
      gap="md"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {lines.map((line, index) =>
        item(
          line.id,
          <Checkbox
            size="sm"
            checked={!hidden.has(line.id)}
            onChange={() => onToggle(line.id)}
            aria-label={t('indicators.chart.showLine', { name: line.name })}
            label={label(
              <Swatch color={lineColor(line, index)} shape={markerShape(line, index)} />,
              line.name,
            )}
            styles={{ body: { alignItems: 'center' }, labelWrapper: { minWidth: 0 } }}
          />,
        ),
      )}
      {baseline &&
        item(
          'baseline',
          label(
            <Swatch color={REFERENCE_COLOR} dash={BASELINE_DASH} />,
            t('indicators.chart.baselineLegend'),
          ),
        )}
      {target &&
        item(
          'target',
          label(
            <Swatch color={REFERENCE_COLOR} dash={TARGET_DASH} />,
            t('indicators.chart.targetLegend'),
          ),
        )}
      {incomplete &&
        item(
          'incomplete',
          label(<Swatch color={TOTAL_COLOR} hollow />, t('indicators.chart.incompleteLegend')),
        )}
    </Group>
  );
}
