import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Completeness } from '../../api/types';
import { CompletenessNote } from '../../components/indicator-headline';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod } from '../../lib/periods';

interface LatestValueProps {
  value: number | null;
  period: string | null;
  unit: string;
  /** How many areas the value covers; a note says so when not all. */
  completeness: Completeness | null;
  /** On one line, the period in brackets after the value. */
  inline?: boolean;
}

/** An indicator's latest value for the areas that have reported, the period, and how many areas when not all. */
export function LatestValue({
  value,
  period,
  unit,
  completeness,
  inline = false,
}: LatestValueProps) {
  const { t, i18n } = useTranslation();
  if (value === null || period === null) {
    return <Text size="sm">{t('dashboard.noValue')}</Text>;
  }
  const number = formatNumber(value, i18n.language);
  const when = formatPeriod(period, i18n.language);
  if (inline) {
    return (
      <Stack gap={0}>
        <Text size="sm">{t('dashboard.valueInPeriod', { value: number, unit, period: when })}</Text>
        <CompletenessNote completeness={completeness} />
      </Stack>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {t('dashboard.valueWithUnit', { value: number, unit })}
      </Text>
      <Text size="sm">{when}</Text>
      <CompletenessNote completeness={completeness} />
    </Stack>
  );
}
