import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod } from '../../lib/periods';

interface LatestValueProps {
  value: number | null;
  period: string | null;
  unit: string;
  /** On one line, the period in brackets after the value. */
  inline?: boolean;
}

/** An indicator's latest value for all areas together and the period it is for. */
export function LatestValue({ value, period, unit, inline = false }: LatestValueProps) {
  const { t, i18n } = useTranslation();
  if (value === null || period === null) {
    return <Text size="sm">{t('dashboard.noValue')}</Text>;
  }
  const number = formatNumber(value, i18n.language);
  const when = formatPeriod(period, i18n.language);
  if (inline) {
    return (
      <Text size="sm">{t('dashboard.valueInPeriod', { value: number, unit, period: when })}</Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {t('dashboard.valueWithUnit', { value: number, unit })}
      </Text>
      <Text size="sm">{when}</Text>
    </Stack>
  );
}
