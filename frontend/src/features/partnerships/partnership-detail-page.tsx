import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state';
import { PlainText } from '../../components/plain-text';
import { ProblemAlert } from '../../components/problem-alert';
import { isUuid } from '../../lib/ids';
import { isMalformedPathParameter, toProblemError } from '../../lib/problem';
import { usePageTitle } from '../../lib/use-page-title';
import { PartnershipStatusBadge } from './partnership-status-badge';
import {
  ChairPeriodsSection,
  FocusAreasSection,
  MilestonesSection,
  PartiesSection,
  TermsSection,
  TextListSection,
  TextSection,
} from './partnership-sections';
import { usePartnership } from './use-partnership';
import { usePartnershipScope } from './use-partnership-scope';

function BackLink() {
  const { t } = useTranslation();
  const scope = usePartnershipScope() ?? 'mine';
  return (
    <Anchor component={Link} to="/partnerskaber" size="sm">
      <span aria-hidden="true">← </span>
      {t(`partnership.back.${scope}`)}
    </Anchor>
  );
}

/** A missing partnership, one the user may not see and a malformed id all look the same. */
function isMissing(error: unknown): boolean {
  const problem = toProblemError(error);
  return problem.key === 'not-found' || isMalformedPathParameter(problem, 'id');
}

export function PartnershipDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = usePartnership(id);
  const notFound = !isUuid(id) || (query.isError && isMissing(query.error));

  usePageTitle(
    query.data?.name ??
      (notFound ? t('partnership.notFoundTitle') : t('partnership.fallbackTitle')),
  );

  if (notFound) {
    return (
      <Stack gap="md" align="flex-start">
        <BackLink />
        <Title order={1}>{t('partnership.notFoundTitle')}</Title>
        <Text>{t('partnership.notFound')}</Text>
      </Stack>
    );
  }

  if (query.isPending) {
    return <LoadingState label={t('partnership.loading')} />;
  }

  if (query.isError) {
    return (
      <Stack gap="md" align="flex-start">
        <BackLink />
        <Title order={1}>{t('partnership.fallbackTitle')}</Title>
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }

  const partnership = query.data;
  return (
    <Stack gap="xl">
      <Stack gap="sm" align="flex-start">
        <BackLink />
        <Title order={1}>{partnership.name}</Title>
        <Group gap="md">
          <PartnershipStatusBadge status={partnership.status} />
          {partnership.myRole && (
            <Text>{t('partnerships.myRole', { role: t(`role.${partnership.myRole}`) })}</Text>
          )}
          <Text>{t('partnership.minMeetings', { count: partnership.minMeetingsPerYear })}</Text>
        </Group>
        {partnership.description && <PlainText maw="48rem">{partnership.description}</PlainText>}
      </Stack>
      <TextListSection
        id="purposes"
        title={t('partnership.purposes')}
        items={partnership.purposes}
        emptyText={t('partnership.purposesEmpty')}
      />
      <TextListSection
        id="principles"
        title={t('partnership.principles')}
        items={partnership.principles}
        emptyText={t('partnership.principlesEmpty')}
      />
      <PartiesSection parties={partnership.parties} terms={partnership.terms} />
      <TermsSection terms={partnership.terms} />
      <ChairPeriodsSection chairPeriods={partnership.chairPeriods} />
      <FocusAreasSection focusAreas={partnership.focusAreas} />
      <MilestonesSection milestones={partnership.milestones} />
      {partnership.rulesOfProcedure && (
        <TextSection
          id="rules-of-procedure"
          title={t('partnership.rulesOfProcedure')}
          text={partnership.rulesOfProcedure}
        />
      )}
      {partnership.economyNotes && (
        <TextSection
          id="economy"
          title={t('partnership.economy')}
          text={partnership.economyNotes}
        />
      )}
    </Stack>
  );
}
