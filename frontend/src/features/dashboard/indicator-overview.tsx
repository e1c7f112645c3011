import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { HeadlineStatus } from '../../components/indicator-headline';
import { LatestValue } from './latest-value';
import { RecentTable, Sparkline, sparklineLabel } from './sparkline';
import type { DashboardIndicator } from './types';

interface IndicatorOverviewProps {
  indicators: DashboardIndicator[];
  partnershipId: string;
}

/** Every indicator with its traffic light, latest value and the recent totals as a sparkline. */
export function IndicatorOverview({ indicators, partnershipId }: IndicatorOverviewProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="dashboard-indicators">
      <Title order={3} id="dashboard-indicators">
        {t('dashboard.indicators')}
      </Title>
      {indicators.length === 0 ? (
        <Text>{t('dashboard.noIndicators')}</Text>
      ) : (
        <SimpleGrid
          component="ul"
          cols={{ base: 1, sm: 2, lg: 3 }}
          spacing="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-labelledby="dashboard-indicators"
        >
          {indicators.map((item) => (
            <IndicatorCard key={item.indicator.id} item={item} partnershipId={partnershipId} />
          ))}
        </SimpleGrid>
      )}
      <Anchor
        component={Link}
        to={paths.section(partnershipId, 'indicators')}
        size="sm"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('dashboard.allIndicators')}
      </Anchor>
    </Stack>
  );
}

function IndicatorCard({
  item: { indicator, recent },
  partnershipId,
}: {
  item: DashboardIndicator;
  partnershipId: string;
}) {
  const { t, i18n } = useTranslation();
  const headingId = `dashboard-indicator-${indicator.id}`;
  const name = t('dashboard.indicatorName', { code: indicator.code, name: indicator.name });
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Title order={4} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={paths.indicator(partnershipId, indicator.id)} inherit>
              {name}
            </Anchor>
          </Title>
          <HeadlineStatus headline={indicator} align="flex-end" />
        </Group>
        <LatestValue
          value={indicator.latestValue}
          period={indicator.latestPeriod}
          unit={indicator.unit}
          completeness={indicator.completeness}
        />
        {recent.length > 0 && (
          <>
            <Sparkline points={recent} label={sparklineLabel(name, recent, t, i18n.language)} />
            <RecentTable
              id={`dashboard-recent-${indicator.id}`}
              points={recent}
              code={indicator.code}
              caption={t('dashboard.recentCaption', { name, unit: indicator.unit })}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
