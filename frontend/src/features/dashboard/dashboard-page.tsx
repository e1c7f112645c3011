import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { usePartnershipContext } from '../../lib/partnership-context';
import { GoalOverview } from './goal-overview';
import { IndicatorOverview } from './indicator-overview';
import { LatestChanges } from './latest-changes';
import { useDashboard } from './use-dashboard';

/**
 * Whether the partnership is working, at a glance: its active goals with the roll-up of their
 * indicators, every indicator with its traffic light and recent values, and the values entered
 * last.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { partnership } = usePartnershipContext();
  usePageTitle(t('dashboard.pageTitle', { name: partnership.name }));
  const query = useDashboard(partnership.id);

  return (
    <Stack gap="lg">
      <Title order={2}>{t('dashboard.title')}</Title>
      {query.isPending ? (
        <LoadingState label={t('dashboard.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.goals.length === 0 && query.data.indicators.length === 0 ? (
        <EmptyState
          headingOrder={3}
          title={t('dashboard.emptyTitle')}
          message={t('dashboard.empty')}
        />
      ) : (
        <>
          <Text>{t('dashboard.intro')}</Text>
          <GoalOverview goals={query.data.goals} partnershipId={partnership.id} />
          <IndicatorOverview indicators={query.data.indicators} partnershipId={partnership.id} />
          <LatestChanges changes={query.data.latestChanges} partnershipId={partnership.id} />
        </>
      )}
    </Stack>
  );
}
