import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod } from '../../lib/periods';
import {
  axisPeriodsOf,
  linesOf,
  periodAt,
  periodsOf,
  TOTAL_ID,
  type ChartLine,
} from './chart-model';
import { SeriesTable } from './series-table';
import { TrendChart, TrendLegend, type Reference } from './trend-chart';
import { aggregatesOf, type Frequency, type IndicatorView, type SeriesView } from './types';
import { useIndicatorSeries } from './use-indicators';

/** The URL parameter with the frequency the values are added up to (`?pr=kvartal`). */
const PER_PARAM = 'pr';
const PER_VALUES: Record<Frequency, string> = { MONTH: 'maaned', QUARTER: 'kvartal', YEAR: 'aar' };
const TABLE_ID = 'indicator-series-table';

function useAggregate(indicator: IndicatorView): [Frequency, (next: Frequency) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const choices = aggregatesOf(indicator.frequency);
  const asked = choices.find((choice) => PER_VALUES[choice] === searchParams.get(PER_PARAM));
  const choose = (next: Frequency) =>
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next === indicator.frequency) params.delete(PER_PARAM);
        else params.set(PER_PARAM, PER_VALUES[next]);
        return params;
      },
      { replace: true },
    );
  return [asked ?? indicator.frequency, choose];
}

/**
 * Whether the baseline and target can be drawn against these values. They are values of one
 * period at the indicator's own frequency: summed up to a coarser one they no longer compare.
 */
function referencesApply(indicator: IndicatorView, series: SeriesView): boolean {
  return series.frequency === indicator.frequency || indicator.aggregation !== 'SUM';
}

/** The indicator over time as a chart with its table, added up per month, quarter or year. */
export function TrendSection({ indicator }: { indicator: IndicatorView }) {
  const { t } = useTranslation();
  const [aggregate, choose] = useAggregate(indicator);
  const query = useIndicatorSeries(indicator.partnershipId, indicator.id, aggregate);
  const choices = aggregatesOf(indicator.frequency);

  return (
    <Stack gap="md" component="section" aria-labelledby="indicator-trend-heading">
      <Title order={3} id="indicator-trend-heading">
        {t('indicators.chart.title')}
      </Title>
      {choices.length > 1 && (
        <SegmentedControl
          aria-label={t('indicators.chart.per')}
          value={aggregate}
          onChange={(value) => choose(value as Frequency)}
          data={choices.map((choice) => ({
            value: choice,
            label: t(`indicators.aggregate.${choice}`),
          }))}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {query.isPending ? (
        <LoadingState label={t('indicators.chart.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Trend indicator={indicator} series={query.data} />
      )}
    </Stack>
  );
}

function Trend({ indicator, series }: { indicator: IndicatorView; series: SeriesView }) {
  const { t, i18n } = useTranslation();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const lines = linesOf(series, t('indicators.chart.total'));
  const periods = periodsOf(lines);
  if (periods.length === 0) {
    return <Text>{t('indicators.chart.empty')}</Text>;
  }
  const number = (value: number) => formatNumber(value, i18n.language);
  const per = t(`indicators.per.${series.frequency}`);
  const showReferences = referencesApply(indicator, series);
  const reference = (
    value: number | null,
    period: string | null,
    key: 'baseline' | 'target',
  ): Reference | null =>
    showReferences && value !== null && period !== null
      ? {
          value,
          label: t(`indicators.chart.${key}Label`, {
            value: number(value),
            period: formatPeriod(period, i18n.language),
          }),
        }
      : null;
  const baseline = reference(series.baselineValue, series.baselinePeriod, 'baseline');
  const target = reference(series.targetValue, series.targetPeriod, 'target');
  const incomplete = lines.some((line) => [...line.points.values()].some((p) => !p.complete));
  const targetPeriod =
    target && series.targetPeriod ? periodAt(series.targetPeriod, series.frequency) : null;
  const axisPeriods = axisPeriodsOf(periods, series.frequency, targetPeriod);
  const keepLabels = [periods[periods.length - 1], ...(targetPeriod ? [targetPeriod] : [])];
  const toggle = (id: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const summary = summaryOf(
    { indicator, lines, periods, baseline, target, per, incomplete },
    t,
    i18n.language,
  );

  return (
    <Stack gap="sm">
      <TrendChart
        lines={lines}
        hidden={hidden}
        periods={axisPeriods}
        keepLabels={keepLabels}
        baseline={baseline}
        target={target}
        kind={indicator.aggregation === 'SUM' ? 'count' : 'other'}
        summary={summary}
      />
      <TrendLegend
        lines={lines}
        hidden={hidden}
        onToggle={toggle}
        baseline={baseline !== null}
        target={target !== null}
        incomplete={incomplete}
      />
      {!showReferences && (series.baselineValue !== null || series.targetValue !== null) && (
        <Text size="sm">
          {t('indicators.chart.referencesHidden', {
            per: t(`indicators.per.${indicator.frequency}`),
          })}
        </Text>
      )}
      <SeriesTable
        id={TABLE_ID}
        caption={t('indicators.chart.tableCaption', { per, unit: indicator.unit })}
        lines={lines}
        periods={periods}
      />
    </Stack>
  );
}

interface SummaryParts {
  indicator: IndicatorView;
  lines: ChartLine[];
  periods: string[];
  baseline: Reference | null;
  target: Reference | null;
  per: string;
  incomplete: boolean;
}

/** The chart in a few sentences: what it shows, the latest value, baseline and target. */
function summaryOf(parts: SummaryParts, t: TFunction, language: string): string {
  const first = formatPeriod(parts.periods[0], language);
  const last = formatPeriod(parts.periods[parts.periods.length - 1], language);
  const main = parts.lines.find((line) => line.id === TOTAL_ID) ?? parts.lines[0];
  const latest = parts.periods.filter((period) => main.points.has(period)).pop();
  const sentences = [
    t('indicators.chart.summary', {
      name: parts.indicator.name,
      per: parts.per,
      from: first,
      to: last,
      lines: parts.lines.map((line) => line.name).join(', '),
    }),
  ];
  if (latest) {
    sentences.push(
      t('indicators.chart.summaryLatest', {
        line: main.name,
        value: formatNumber(main.points.get(latest)!.value, language),
        unit: parts.indicator.unit,
        period: formatPeriod(latest, language),
      }),
    );
  }
  if (parts.baseline) sentences.push(`${parts.baseline.label}.`);
  if (parts.target) sentences.push(`${parts.target.label}.`);
  if (parts.incomplete) sentences.push(t('indicators.chart.summaryIncomplete'));
  sentences.push(t('indicators.chart.summaryTable'));
  return sentences.join(' ');
}
