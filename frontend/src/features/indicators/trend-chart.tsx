import { Box, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/numbers';
import { formatPeriodShort } from '../../lib/periods';
import { labelEvery, scaleOf, type ChartLine } from './chart-model';

const WIDTH = 720;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 24, bottom: 44, left: 76 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;

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
  lines: ChartLine[];
  periods: string[];
  baseline: Reference | null;
  target: Reference | null;
  /** What the chart shows, in words, for those who cannot see it. */
  summary: string;
}

/**
 * The values over time as lines, one per area and one for the total, with the baseline and the
 * target as dashed lines. Incomplete periods get a hollow marker. It is drawn for the eye only:
 * screen readers hear the summary, and the table beside it holds every value.
 */
export function TrendChart({ lines, periods, baseline, target, summary }: TrendChartProps) {
  const { i18n } = useTranslation();
  const values = lines.flatMap((line) => [...line.points.values()].map((point) => point.value));
  if (baseline) values.push(baseline.value);
  if (target) values.push(target.value);
  const scale = scaleOf(values);
  const x = (index: number) =>
    MARGIN.left +
    (periods.length === 1 ? PLOT_WIDTH / 2 : (index * PLOT_WIDTH) / (periods.length - 1));
  const y = (value: number) =>
    MARGIN.top + PLOT_HEIGHT * (1 - (value - scale.min) / (scale.max - scale.min));
  const every = labelEvery(periods.length);
  // The last period is labelled too, unless that would crowd the label before it.
  const labelled = (index: number) =>
    index % every === 0 || (index === periods.length - 1 && index % every >= every / 2);

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

  const reference = (line: Reference, dash: string) => (
    <g>
      <line
        x1={MARGIN.left}
        x2={WIDTH - MARGIN.right}
        y1={y(line.value)}
        y2={y(line.value)}
        stroke={REFERENCE_COLOR}
        strokeWidth={2}
        strokeDasharray={dash}
      />
      <text
        x={WIDTH - MARGIN.right}
        y={y(line.value) - 6}
        textAnchor="end"
        fontSize={12}
        fill={REFERENCE_COLOR}
      >
        {line.label}
      </text>
    </g>
  );

  return (
    <Box style={{ overflowX: 'auto' }}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ minWidth: 480, maxWidth: WIDTH, display: 'block' }}
        fontFamily="inherit"
      >
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke={tick === 0 ? '#868e96' : '#dee2e6'}
            />
            <text
              x={MARGIN.left - 8}
              y={y(tick)}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={12}
              fill="#212529"
            >
              {formatNumber(tick, i18n.language)}
            </text>
          </g>
        ))}
        {periods.map((period, index) =>
          labelled(index) ? (
            <text
              key={period}
              x={x(index)}
              y={HEIGHT - MARGIN.bottom + 20}
              textAnchor="middle"
              fontSize={12}
              fill="#212529"
            >
              {formatPeriodShort(period, i18n.language)}
            </text>
          ) : null,
        )}
        {baseline && reference(baseline, BASELINE_DASH)}
        {target && reference(target, TARGET_DASH)}
        {lines.map((line, lineIndex) => {
          const color = lineColor(line, lineIndex);
          return (
            <g key={line.id}>
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
                  <circle
                    key={period}
                    data-period={period}
                    data-complete={point.complete}
                    cx={x(index)}
                    cy={y(point.value)}
                    r={line.total ? 5 : 4}
                    fill={point.complete ? color : '#ffffff'}
                    stroke={color}
                    strokeWidth={2}
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
  hollow = false,
}: {
  color: string;
  dash?: string;
  hollow?: boolean;
}) {
  return (
    <svg width={36} height={14} aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      <line x1={2} x2={34} y1={7} y2={7} stroke={color} strokeWidth={2} strokeDasharray={dash} />
      {!dash && (
        <circle
          cx={18}
          cy={7}
          r={4}
          fill={hollow ? '#ffffff' : color}
          stroke={color}
          strokeWidth={2}
        />
      )}
    </svg>
  );
}

interface LegendProps {
  lines: ChartLine[];
  baseline: boolean;
  target: boolean;
  incomplete: boolean;
}

/** What each line and marker means, in words beside each picture. */
export function TrendLegend({ lines, baseline, target, incomplete }: LegendProps) {
  const { t } = useTranslation();
  const item = (key: string, swatch: ReactNode, text: string) => (
    <Group component="li" key={key} gap={6} wrap="nowrap">
      {swatch}
      <Text size="sm">{text}</Text>
    </Group>
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
        item(line.id, <Swatch color={lineColor(line, index)} />, line.name),
      )}
      {baseline &&
        item(
          'baseline',
          <Swatch color={REFERENCE_COLOR} dash={BASELINE_DASH} />,
          t('indicators.chart.baselineLegend'),
        )}
      {target &&
        item(
          'target',
          <Swatch color={REFERENCE_COLOR} dash={TARGET_DASH} />,
          t('indicators.chart.targetLegend'),
        )}
      {incomplete &&
        item(
          'incomplete',
          <Swatch color={TOTAL_COLOR} hollow />,
          t('indicators.chart.incompleteLegend'),
        )}
    </Group>
  );
}
