import { Anchor, Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { NotRecorded } from '../../components/not-recorded';
import { PlainText } from '../../components/plain-text';
import { formatDate, todayInCopenhagen } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod } from '../../lib/periods';
import { CompletenessNote, HeadlineStatus } from '../../components/indicator-headline';
import { IndicatorStatusBadge } from '../../components/indicator-status-badge';
import { GoalStatusBadge } from './goal-status-badge';
import type { GoalIndicator, GoalView } from './types';

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

function LatestValue({ indicator }: { indicator: GoalIndicator }) {
  const { t, i18n } = useTranslation();
  if (indicator.latestValue === null || indicator.latestPeriod === null) {
    return <Text size="sm">{t('goals.noValue')}</Text>;
  }
  return (
    <Stack gap={0}>
      <Text size="sm">
        {t('goals.latestValue', {
          value: formatNumber(indicator.latestValue, i18n.language),
          unit: indicator.unit,
          period: formatPeriod(indicator.latestPeriod, i18n.language),
        })}
      </Text>
      <CompletenessNote completeness={indicator.completeness} />
    </Stack>
  );
}

/** The goal's due date, and in words (not only colour) when an active goal is past it. */
function DueDate({ goal }: { goal: GoalView }) {
  const { t, i18n } = useTranslation();
  if (!goal.dueDate) return <NotRecorded />;
  const overdue = goal.status === 'ACTIVE' && goal.dueDate < todayInCopenhagen();
  return (
    <Group gap="xs">
      <Text>
        <time dateTime={goal.dueDate}>{formatDate(goal.dueDate, i18n.language)}</time>
      </Text>
      {overdue && (
        <Text size="sm" fw={700} c="red.9">
          {t('goals.overdue')}
        </Text>
      )}
    </Group>
  );
}

interface GoalCardProps {
  goal: GoalView;
  partnershipId: string;
  /** Level of the goal's heading, to keep headings in order where it is shown. */
  headingOrder?: 3 | 4;
  /** Whether to name the goal's working group (not on the group's own page). */
  showWorkingGroup?: boolean;
  /** What the user can do with the goal, if anything. */
  actions?: ReactNode;
}

/**
 * One goal: its success criterion, due date, where it belongs and who answers for it, its own
 * status, the roll-up of its indicators' traffic lights, and each indicator with its own light and
 * latest value.
 */
export function GoalCard({
  goal,
  partnershipId,
  headingOrder = 3,
  showWorkingGroup = true,
  actions,
}: GoalCardProps) {
  const { t } = useTranslation();
  const headingId = `goal-${goal.id}`;
  const indicatorsId = `goal-${goal.id}-indicators`;

  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Title order={headingOrder} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {goal.title}
          </Title>
          <GoalStatusBadge status={goal.status} />
        </Group>
        {goal.description && <PlainText size="sm">{goal.description}</PlainText>}
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" m={0}>
          <Fact term={t('goals.successCriterion')}>
            {goal.successCriterion ? (
              <PlainText>{goal.successCriterion}</PlainText>
            ) : (
              <NotRecorded />
            )}
          </Fact>
          <Fact term={t('goals.dueDate')}>
            <DueDate goal={goal} />
          </Fact>
          <Fact term={t('goals.indicatorStatus')}>
            <IndicatorStatusBadge status={goal.indicatorStatus} />
          </Fact>
          {showWorkingGroup && (
            <Fact term={t('goals.workingGroup')}>
              {goal.workingGroup ? (
                <Anchor
                  component={Link}
                  to={paths.workingGroup(partnershipId, goal.workingGroup.id)}
                >
                  {goal.workingGroup.name}
                </Anchor>
              ) : (
                <NotRecorded />
              )}
            </Fact>
          )}
          <Fact term={t('goals.focusArea')}>
            {goal.focusArea ? (
              <Text>
                {t('goals.focusAreaName', {
                  number: goal.focusArea.number,
                  title: goal.focusArea.title,
                })}
              </Text>
            ) : (
              <NotRecorded />
            )}
          </Fact>
          <Fact term={t('goals.responsible')}>
            {goal.responsibleOrganisation ? (
              <Text>{goal.responsibleOrganisation.name}</Text>
            ) : (
              <NotRecorded />
            )}
          </Fact>
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={600} id={indicatorsId}>
            {t('goals.indicators')}
          </Text>
          {goal.indicators.length === 0 ? (
            <Text size="sm">{t('goals.noIndicators')}</Text>
          ) : (
            <Stack
              component="ul"
              gap="xs"
              m={0}
              pl={0}
              aria-labelledby={indicatorsId}
              style={{ listStyle: 'none' }}
            >
              {goal.indicators.map((indicator) => (
                <Group component="li" key={indicator.id} gap="sm" align="center">
                  <Anchor
                    component={Link}
                    to={paths.indicator(partnershipId, indicator.id)}
                    size="sm"
                  >
                    {t('goals.indicatorName', { code: indicator.code, name: indicator.name })}
                  </Anchor>
                  <HeadlineStatus headline={indicator} />
                  <LatestValue indicator={indicator} />
                </Group>
              ))}
            </Stack>
          )}
        </Stack>
        {actions}
      </Stack>
    </Paper>
  );
}
