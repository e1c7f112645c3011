import { Box, Button, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state';
import { NotRecorded } from '../../components/not-recorded';
import { PlainText } from '../../components/plain-text';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod } from '../../lib/periods';
import type { IndicatorView, MeasurementView } from './types';
import { useMeasurementRevisions } from './use-indicators';

const CAPTION_ID = 'indicator-values-caption';
const COLUMNS = 6;

function historyId(measurement: MeasurementView): string {
  return `indicator-value-history-${measurement.id}`;
}

/** The values a value replaced, newest correction first, each with who entered and replaced it. */
function Revisions({
  indicator,
  measurement,
}: {
  indicator: IndicatorView;
  measurement: MeasurementView;
}) {
  const { t, i18n } = useTranslation();
  const query = useMeasurementRevisions(indicator.partnershipId, indicator.id, measurement.id);
  if (query.isPending) return <LoadingState label={t('indicators.values.historyLoading')} />;
  if (query.isError) {
    return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        {t('indicators.values.historyTitle')}
      </Title>
      {query.data.length === 0 ? (
        <Text size="sm">{t('indicators.values.historyEmpty')}</Text>
      ) : (
        <Box component="ol" m={0} pl="lg">
          {query.data.map((revision, index) => (
            <li key={index}>
              <Text size="sm" fw={500}>
                {t('indicators.valueWithUnit', {
                  value: formatNumber(revision.oldValue, i18n.language, 10),
                  unit: indicator.unit,
                })}
              </Text>
              <Text size="sm">
                {t('indicators.values.enteredBy', {
                  name: revision.oldEnteredBy,
                  time: formatDateTime(revision.oldEnteredAt, i18n.language),
                })}
                {'; '}
                {t('indicators.values.revisedBy', {
                  name: revision.revisedBy,
                  time: formatDateTime(revision.revisedAt, i18n.language),
                })}
              </Text>
              {revision.oldSource && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {t('indicators.values.sourceWas', { source: revision.oldSource })}
                </Text>
              )}
              {revision.oldNote && (
                <PlainText size="sm">
                  {t('indicators.values.noteWas', { note: revision.oldNote })}
                </PlainText>
              )}
            </li>
          ))}
        </Box>
      )}
    </Stack>
  );
}

interface MeasurementsTableProps {
  indicator: IndicatorView;
  query: {
    data: MeasurementView[] | undefined;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
}

/**
 * The values as they were entered, newest period first, with who entered them and when. A value
 * that was corrected opens its history in a row below it.
 */
export function MeasurementsTable({ indicator, query }: MeasurementsTableProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const areaName = (areaId: string) =>
    indicator.areas.find((area) => area.id === areaId)?.name ?? '';

  return (
    <Stack gap="sm" component="section" aria-labelledby="indicator-values-heading">
      <Title order={3} id="indicator-values-heading">
        {t('indicators.values.title')}
      </Title>
      {query.isPending ? (
        <LoadingState label={t('indicators.values.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data || query.data.length === 0 ? (
        <Text>{t('indicators.values.empty')}</Text>
      ) : (
        <Table.ScrollContainer
          minWidth={760}
          type="native"
          tabIndex={0}
          role="group"
          aria-labelledby={CAPTION_ID}
        >
          <Table withTableBorder verticalSpacing="xs" captionSide="top">
            <Table.Caption id={CAPTION_ID}>{t('indicators.values.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('indicators.chart.period')}</Table.Th>
                <Table.Th scope="col">{t('indicators.entry.area')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('indicators.values.value', { unit: indicator.unit })}
                </Table.Th>
                <Table.Th scope="col">{t('indicators.values.sourceAndNote')}</Table.Th>
                <Table.Th scope="col">{t('indicators.values.entered')}</Table.Th>
                <Table.Th scope="col">{t('indicators.values.history')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.map((measurement) => {
                const expanded = open.has(measurement.id);
                const where = `${areaName(measurement.areaId)}, ${formatPeriod(measurement.period, i18n.language)}`;
                return (
                  <Fragment key={measurement.id}>
                    <Table.Tr>
                      <Table.Td>{formatPeriod(measurement.period, i18n.language)}</Table.Td>
                      <Table.Td>{areaName(measurement.areaId)}</Table.Td>
                      <Table.Td ta="right">
                        {formatNumber(measurement.value, i18n.language, 10)}
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {measurement.source || measurement.note ? (
                          <>
                            {measurement.source && <Text size="sm">{measurement.source}</Text>}
                            {measurement.note && (
                              <PlainText size="sm">{measurement.note}</PlainText>
                            )}
                          </>
                        ) : (
                          <NotRecorded />
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{measurement.enteredBy}</Text>
                        <Text size="sm">
                          {formatDateTime(measurement.enteredAt, i18n.language)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {measurement.revisions > 0 ? (
                          <Button
                            variant="subtle"
                            size="compact-sm"
                            aria-expanded={expanded}
                            aria-controls={historyId(measurement)}
                            aria-label={t('indicators.values.showHistory', {
                              count: measurement.revisions,
                              where,
                            })}
                            onClick={() => toggle(measurement.id)}
                          >
                            {t('indicators.values.revised', { count: measurement.revisions })}
                          </Button>
                        ) : (
                          <Text size="sm">{t('indicators.values.notRevised')}</Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                    {expanded && (
                      <Table.Tr id={historyId(measurement)}>
                        <Table.Td colSpan={COLUMNS} bg="gray.0">
                          <Revisions indicator={indicator} measurement={measurement} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
