import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatDate } from '../../lib/dates';
import { HeadlineStatus } from '../../components/indicator-headline';
import { IndicatorStatusBadge } from '../../components/indicator-status-badge';
import { LatestValue } from './latest-value';
import type { DashboardGoal } from './types';

interface GoalOverviewProps {
  goals: DashboardGoal[];
  partnershipId: string;
}

/** The active goals, each with the roll-up of its indicators' traffic lights and the indicators. */
export function GoalOverview({ goals, partnershipId }: GoalOverviewProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="dashboard-goals">
      <Title order={3} id="dashboard-goals">
        {t('dashboard.goals')}
      </Title>
      {goals.length === 0 ? (
        <Text>{t('dashboard.noGoals')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-labelledby="dashboard-goals"
        >
          {goals.map((goal) => (
            <GoalItem key={goal.id} goal={goal} partnershipId={partnershipId} />
          ))}
        </Stack>
      )}
      <Anchor
        component={Link}
        to={paths.section(partnershipId, 'goals')}
        size="sm"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('dashboard.allGoals')}
      </Anchor>
    </Stack>
  );
}

function GoalItem({ goal, partnershipId }: { goal: DashboardGoal; partnershipId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = `dashboard-goal-${goal.id}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Title order={4} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {goal.title}
          </Title>
          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Text size="sm">{t('dashboard.goalStatus')}</Text>
            <IndicatorStatusBadge status={goal.indicatorStatus} />
          </Group>
        </Group>
        {goal.dueDate && (
          <Text size="sm">
            {t('dashboard.dueDate')}{' '}
            <time dateTime={goal.dueDate}>{formatDate(goal.dueDate, i18n.language)}</time>
          </Text>
        )}
        {goal.indicators.length === 0 ? (
          <Text size="sm">{t('dashboard.goalWithoutIndicators')}</Text>
        ) : (
          <Stack
            component="ul"
            gap="xs"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('dashboard.goalIndicators', { title: goal.title })}
          >
            {goal.indicators.map((indicator) => (
              <Group component="li" key={indicator.id} gap="sm" align="center">
                <Anchor
                  component={Link}
                  to={paths.indicator(partnershipId, indicator.id)}
                  size="sm"
                >
                  {t('dashboard.indicatorName', { code: indicator.code, name: indicator.name })}
                </Anchor>
                <HeadlineStatus headline={indicator} />
                <LatestValue
                  value={indicator.latestValue}
                  period={indicator.latestPeriod}
                  unit={indicator.unit}
                  completeness={indicator.completeness}
                  inline
                />
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
