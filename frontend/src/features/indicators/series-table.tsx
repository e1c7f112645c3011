import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NotRecorded } from '../../components/not-recorded';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod } from '../../lib/periods';
import type { ChartLine } from './chart-model';

interface SeriesTableProps {
  id: string;
  caption: string;
  lines: ChartLine[];
  periods: string[];
}

/** The chart's values as a table: a row per period, a column per area and the total. */
export function SeriesTable({ id, caption, lines, periods }: SeriesTableProps) {
  const { t, i18n } = useTranslation();
  const captionId = `${id}-caption`;
  return (
    <Table.ScrollContainer
      minWidth={Math.max(360, 160 + lines.length * 130)}
      type="native"
      tabIndex={0}
      role="group"
      aria-labelledby={captionId}
    >
      <Table id={id} striped withTableBorder verticalSpacing="xs" captionSide="top">
        <Table.Caption id={captionId}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('indicators.chart.period')}</Table.Th>
            {lines.map((line) => (
              <Table.Th key={line.id} scope="col" ta="right">
                {line.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {periods.map((period) => (
            <Table.Tr key={period}>
              <Table.Th scope="row" fw="normal">
                {formatPeriod(period, i18n.language)}
              </Table.Th>
              {lines.map((line) => {
                const point = line.points.get(period);
                return (
                  <Table.Td key={line.id} ta="right" fw={line.total ? 600 : undefined}>
                    {point ? (
                      <>
                        {formatNumber(point.value, i18n.language)}
                        {!point.complete && (
                          <Text component="span" size="sm" display="block" fw="normal">
                            {t('indicators.chart.incomplete')}
                          </Text>
                        )}
                      </>
                    ) : (
                      <NotRecorded />
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
