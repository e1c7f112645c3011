import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { ProblemAlert } from '../../components/problem-alert';
import { isUuid } from '../../lib/ids';
import { isMalformedPathParameter, toProblemError } from '../../lib/problem';
import type { PartnershipContext } from '../../lib/partnership-context';
import { PartnershipNav } from './partnership-nav';
import { PartnershipStatusBadge } from './partnership-status-badge';
import { PartnershipTitle } from './partnership-title';
import { usePartnership } from './use-partnership';
import { usePartnershipScope } from '../../lib/use-partnership-scope';

function BackLink() {
  const { t } = useTranslation();
  const scope = usePartnershipScope() ?? 'mine';
  return (
    <Anchor component={Link} to={paths.partnerships()} size="sm">
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

/**
 * One partnership: its name, status and the user's role, above the page chosen in its menu (the
 * agreement, meetings, decisions, working groups, goals, indicators, members, history, or the edit
 * form). The pages get the partnership from here. While a page's code loads, the app layout's
 * loading state stands in for all of it, so the heading never shows above an empty page.
 */
export function PartnershipDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = usePartnership(id);
  // The API decides (chair, the chairing organisation's secretariat, admins); the UI only follows.
  const canEdit = query.data?.canEdit ?? false;
  const notFound = !isUuid(id) || (query.isError && isMissing(query.error));

  if (notFound) {
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle title={t('partnership.notFoundTitle')} />
        <BackLink />
        <Title order={1}>{t('partnership.notFoundTitle')}</Title>
        <Text>{t('partnership.notFound')}</Text>
      </Stack>
    );
  }

  if (query.isPending) {
    return (
      <>
        <PageTitle title={t('partnership.fallbackTitle')} />
        <LoadingState label={t('partnership.loading')} />
      </>
    );
  }

  // A failed refetch keeps the partnership already shown, so an open form is not lost.
  if (!query.data) {
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle title={t('partnership.fallbackTitle')} />
        <BackLink />
        <Title order={1}>{t('partnership.fallbackTitle')}</Title>
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }

  const partnership = query.data;
  const context: PartnershipContext = {
    partnership,
    canEdit,
    reload: async () => (await query.refetch()).data,
  };
  return (
    <Stack gap="xl">
      <Stack gap="xs" align="flex-start">
        <BackLink />
        <PartnershipTitle name={partnership.name} />
        <Group gap="md">
          <PartnershipStatusBadge status={partnership.status} />
          {partnership.myRole && (
            <Text>{t('partnerships.myRole', { role: t(`role.${partnership.myRole}`) })}</Text>
          )}
        </Group>
        <PartnershipNav id={partnership.id} />
      </Stack>
      <Outlet context={context} />
    </Stack>
  );
}
