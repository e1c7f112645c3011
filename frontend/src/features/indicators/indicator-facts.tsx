import { Box, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CompletenessNote } from '../../components/indicator-headline';
import { NotRecorded } from '../../components/not-recorded';
import { PlainText } from '../../components/plain-text';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod } from '../../lib/periods';
import type { IndicatorView } from './types';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Box>
      <Text component="dt" size="sm" fw={600}>
        {term}
      </Text>
      <Box component="dd" m={0}>
        {children}
      </Box>
    </Box>
  );
}

/** What the indicator measures and how: its unit, direction, frequency, baseline, target and owner. */
export function IndicatorFacts({ indicator }: { indicator: IndicatorView }) {
  const { t, i18n } = useTranslation();
  const valueIn = (value: number | null, period: string | null) =>
    value !== null && period !== null ? (
      <Text>
        {t('indicators.valueInPeriod', {
          value: formatNumber(value, i18n.language, 10),
          unit: indicator.unit,
          period: formatPeriod(period, i18n.language),
        })}
      </Text>
    ) : (
      <NotRecorded />
    );

  return (
    <Stack gap="md">
      {indicator.description && <PlainText>{indicator.description}</PlainText>}
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" m={0}>
        <Fact term={t('indicators.unit')}>
          <Text>{indicator.unit}</Text>
        </Fact>
        <Fact term={t('indicators.form.direction')}>
          <Text>
            {t(indicator.upIsGood ? 'indicators.direction.up' : 'indicators.direction.down')}
          </Text>
        </Fact>
        <Fact term={t('indicators.form.frequency')}>
          <Text>{t(`indicators.frequency.${indicator.frequency}`)}</Text>
        </Fact>
        <Fact term={t('indicators.form.aggregation')}>
          <Text>{t(`indicators.aggregation.${indicator.aggregation}`)}</Text>
          <Text size="sm">{t(`indicators.aggregationHelp.${indicator.aggregation}`)}</Text>
        </Fact>
        <Fact term={t('indicators.baseline')}>
          {valueIn(indicator.baselineValue, indicator.baselinePeriod)}
        </Fact>
        <Fact term={t('indicators.target')}>
          {valueIn(indicator.targetValue, indicator.targetPeriod)}
        </Fact>
        <Fact term={t('indicators.latest')}>
          {valueIn(indicator.latestValue, indicator.latestPeriod)}
          <CompletenessNote completeness={indicator.completeness} />
        </Fact>
        <Fact term={t('indicators.form.dataSource')}>
          {indicator.dataSource ? (
            <Text style={{ overflowWrap: 'anywhere' }}>{indicator.dataSource}</Text>
          ) : (
            <NotRecorded />
          )}
        </Fact>
        <Fact term={t('indicators.owner')}>
          {indicator.ownerOrganisation ? (
            <Text>{indicator.ownerOrganisation.name}</Text>
          ) : (
            <NotRecorded />
          )}
        </Fact>
        <Fact term={t('indicators.form.areas')}>
          <Text>{indicator.areas.map((area) => area.name).join(', ')}</Text>
        </Fact>
        <Fact term={t('indicators.negativeValues')}>
          <Text>
            {t(
              indicator.allowNegative
                ? 'indicators.negativeAllowed'
                : 'indicators.negativeNotAllowed',
            )}
          </Text>
        </Fact>
      </SimpleGrid>
    </Stack>
  );
}
