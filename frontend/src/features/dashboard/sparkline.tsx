import { Box, Table, Text, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod } from '../../lib/periods';
import type { RecentPoint } from './types';

const WIDTH = 200;
const HEIGHT = 48;
const PADDING = 6;
/** Keeps at least 3:1 contrast against white, as WCAG asks of graphics. */
const LINE_COLOR = '#1971c2';

interface SparklineProps {
  points: RecentPoint[];
  /** The values in words, for those who cannot see the line. */
  label: string;
}

/**
 * The recent totals as a small line, scaled to their own range so the direction shows even when
 * the values barely move. Incomplete periods get a hollow marker, as in the indicator's chart.
 */
export function Sparkline({ points, label }: SparklineProps) {
  const values = points.map((point) => point.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (index: number) =>
    points.length === 1
      ? WIDTH / 2
      : PADDING + (index * (WIDTH - 2 * PADDING)) / (points.length - 1);
  const y = (value: number) =>
    max === min ? HEIGHT / 2 : PADDING + (HEIGHT - 2 * PADDING) * (1 - (value - min) / (max - min));
  const path = points
    .map(
      (point, index) =>
        `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(point.value).toFixed(1)}`,
    )
    .join('');

  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: WIDTH, display: 'block' }}
    >
      <path d={path} fill="none" stroke={LINE_COLOR} strokeWidth={2} strokeLinejoin="round" />
      {points.map((point, index) => {
        const last = index === points.length - 1;
        if (point.complete && !last) return null;
        return (
          <circle
            key={point.period}
            data-period={point.period}
            data-complete={point.complete}
            cx={x(index)}
            cy={y(point.value)}
            r={3.5}
            fill={point.complete ? LINE_COLOR : '#ffffff'}
            stroke={LINE_COLOR}
            strokeWidth={2}
          />
        );
      })}
    </svg>
  );
}

/** The sparkline's values in a sentence: every period with its value, oldest first. */
export function sparklineLabel(
  name: string,
  points: RecentPoint[],
  t: TFunction,
  language: string,
): string {
  const values = points
    .map((point) => {
      const value = `${formatPeriod(point.period, language)}: ${formatNumber(point.value, language)}`;
      return point.complete ? value : `${value} ${t('dashboard.incomplete')}`;
    })
    .join('; ');
  return t('dashboard.sparkline', { name, count: points.length, values });
}

interface RecentTableProps {
  id: string;
  points: RecentPoint[];
  /** What the values are, e.g. the indicator and its unit. */
  caption: string;
  /** The indicator's code, so each "show as table" says whose values it shows. */
  code: string;
}

/** The sparkline's values as a table, folded away until asked for. */
export function RecentTable({ id, points, caption, code }: RecentTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Box component="details" fz="sm">
      <Text component="summary" size="sm" style={{ cursor: 'pointer' }}>
        {t('dashboard.showTable')}
        <VisuallyHidden> {code}</VisuallyHidden>
      </Text>
      <Table id={id} withTableBorder verticalSpacing={4} fz="sm" captionSide="top" mt="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.period')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.value')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((point) => (
            <Table.Tr key={point.period}>
              <Table.Th scope="row" fw="normal">
                {formatPeriod(point.period, i18n.language)}
              </Table.Th>
              <Table.Td ta="right">
                {formatNumber(point.value, i18n.language)}
                {!point.complete && (
                  <Text component="span" size="xs" display="block">
                    {t('dashboard.incomplete')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
