import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import { formatPeriod } from '../../lib/periods';
import { usePageTitle } from '../../lib/use-page-title';
import { groupByPartnership, type PartnershipReporting } from './group-by-partnership';
import type { ReportingDue } from './types';
import { useMyReporting } from './use-my-reporting';

function DueItem({ item }: { item: ReportingDue }) {
  const { t, i18n } = useTranslation();
  const areasId = `reporting-${item.indicatorId}-areas`;
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={4}>
        <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
          <Anchor
            component={Link}
            to={paths.indicator(item.partnershipId, item.indicatorId)}
            inherit
          >
            {t('reporting.indicatorName', { code: item.code, name: item.name })}
          </Anchor>
        </Title>
        <Text>{t('reporting.period', { period: formatPeriod(item.period, i18n.language) })}</Text>
        <Text id={areasId}>{t('reporting.missingAreas', { count: item.missingAreas.length })}</Text>
        <Stack component="ul" gap={0} my={0} aria-labelledby={areasId}>
          {item.missingAreas.map((area) => (
            <Text component="li" key={area.id}>
              {area.name}
            </Text>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function PartnershipSection({ group }: { group: PartnershipReporting }) {
  const { t, i18n } = useTranslation();
  const headingId = `reporting-${group.partnershipId}`;
  const periods = [...new Set(group.items.map((item) => item.period))];
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} style={{ overflowWrap: 'anywhere' }}>
        <Anchor component={Link} to={paths.partnership(group.partnershipId)} inherit>
          {group.partnershipName}
        </Anchor>
      </Title>
      <Group gap="sm">
        {periods.map((period) => (
          <Button
            key={period}
            component={Link}
            to={paths.reportPeriod(group.partnershipId, period)}
            variant="light"
          >
            {t('reporting.reportPeriod', { period: formatPeriod(period, i18n.language) })}
          </Button>
        ))}
      </Group>
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-labelledby={headingId}
      >
        {group.items.map((item) => (
          <DueItem key={item.indicatorId} item={item} />
        ))}
      </Stack>
    </Stack>
  );
}

/**
 * The indicators the user reports values for whose latest finished period is still missing
 * values, by partnership, with the areas that lack them. Each period leads to the form where all
 * its values are entered at once, and each indicator to its own page.
 */
export function MyReportingPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('reporting.title'));
  const query = useMyReporting();

  return (
    <Stack gap="lg">
      <Title order={1}>{t('reporting.title')}</Title>
      <Text>{t('reporting.intro')}</Text>
      {query.isPending ? (
        <LoadingState label={t('reporting.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState title={t('reporting.emptyTitle')} message={t('reporting.empty')} />
      ) : (
        <>
          <Text>{t('reporting.count', { count: query.data.length })}</Text>
          {groupByPartnership(query.data, i18n.language).map((group) => (
            <PartnershipSection key={group.partnershipId} group={group} />
          ))}
        </>
      )}
    </Stack>
  );
}
