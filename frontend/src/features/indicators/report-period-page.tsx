import { Button, Group, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import { usePartnershipContext } from '../../lib/partnership-context';
import { comparePeriods, formatPeriod, shiftPeriod } from '../../lib/periods';
import { usePageTitle } from '../../lib/use-page-title';
import { PeriodGrid } from './period-grid';
import type { ReportingGrid } from './types';
import { useReportingGrid } from './use-period-report';

/** How far back the period list reaches: two years of months, three of quarters, six years. */
const BACK = { MONTH: 24, QUARTER: 12, YEAR: 6 } as const;

/** The periods to choose from: back from the latest finished one, and the one shown. */
function periodChoices(grid: ReportingGrid): string[] {
  const due = grid.frequencies.find((f) => f.frequency === grid.frequency)?.period ?? grid.period;
  const choices: string[] = [];
  for (let i = 0; i < BACK[grid.frequency]; i++) {
    const period = shiftPeriod(due, -i);
    if (period) choices.push(period);
  }
  if (!choices.includes(grid.period)) choices.push(grid.period);
  return choices.sort((a, b) => comparePeriods(b, a));
}

function PeriodPicker({ grid, onChange }: { grid: ReportingGrid; onChange: (p: string) => void }) {
  const { t, i18n } = useTranslation();
  const previous = shiftPeriod(grid.period, -1);
  const next = shiftPeriod(grid.period, 1);
  return (
    <Group align="flex-end" gap="sm">
      {grid.frequencies.length > 1 && (
        <SegmentedControl
          aria-label={t('reporting.grid.frequency')}
          value={grid.frequency}
          onChange={(frequency) => {
            const due = grid.frequencies.find((f) => f.frequency === frequency);
            if (due) onChange(due.period);
          }}
          data={grid.frequencies.map((f) => ({
            value: f.frequency,
            label: t(`indicators.aggregate.${f.frequency}`),
          }))}
        />
      )}
      <NativeSelect
        label={t('reporting.grid.period')}
        value={grid.period}
        onChange={(event) => onChange(event.currentTarget.value)}
        data={periodChoices(grid).map((period) => ({
          value: period,
          label: formatPeriod(period, i18n.language),
        }))}
      />
      <Button variant="default" disabled={!previous} onClick={() => previous && onChange(previous)}>
        {t('reporting.grid.previous')}
      </Button>
      <Button variant="default" disabled={!next} onClick={() => next && onChange(next)}>
        {t('reporting.grid.next')}
      </Button>
    </Group>
  );
}

/**
 * Enters one period's values for every indicator the user reports in the partnership, in one
 * form; reached from "Min indberetning" for the period that is missing values.
 */
export function ReportPeriodPage() {
  const { t, i18n } = useTranslation();
  const { partnership } = usePartnershipContext();
  const { period } = useParams();
  const navigate = useNavigate();
  const query = useReportingGrid(partnership.id, period);
  usePageTitle(t('reporting.grid.title'));
  const go = (to: string) => void navigate(paths.reportPeriod(partnership.id, to));

  const shown = query.data;
  return (
    <Stack gap="lg">
      <Title order={2}>
        {shown
          ? t('reporting.grid.titleFor', { period: formatPeriod(shown.period, i18n.language) })
          : t('reporting.grid.title')}
      </Title>
      <Text>{t('reporting.grid.intro')}</Text>
      {query.isPending ? (
        <LoadingState label={t('reporting.grid.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.frequencies.length === 0 ? (
        <EmptyState title={t('reporting.grid.emptyTitle')} message={t('reporting.grid.empty')} />
      ) : (
        <>
          <PeriodPicker grid={query.data} onChange={go} />
          {query.data.indicators.length === 0 ? (
            <EmptyState
              title={t('reporting.grid.emptyTitle')}
              message={t('reporting.grid.emptyFrequency', {
                per: t(`indicators.per.${query.data.frequency}`),
              })}
            />
          ) : (
            <PeriodGrid
              key={query.data.period}
              grid={query.data}
              onReload={() => void query.refetch()}
              nextPeriod={shiftPeriod(query.data.period, 1)}
              onNextPeriod={go}
            />
          )}
        </>
      )}
    </Stack>
  );
}
