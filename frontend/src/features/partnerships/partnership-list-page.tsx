import { Anchor, Box, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { PageNavigation } from '../../components/page-navigation';
import { ProblemAlert } from '../../components/problem-alert';
import type { PartnershipPage } from '../../api/types';
import { usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { PartnershipCard } from './partnership-card';
import { usePartnershipScope, type PartnershipScope } from './use-partnership-scope';
import { usePartnerships } from './use-partnerships';

export function PartnershipListPage() {
  const { t } = useTranslation();
  const [page, goToPage] = usePageParam();
  const query = usePartnerships({ page: page - 1 });
  const scope = usePartnershipScope();
  usePageTitle(t(`partnerships.title.${scope ?? 'mine'}`));

  // The title depends on the user's roles, so the page waits for them rather than change its title.
  if (scope === undefined) {
    return <LoadingState label={t('partnerships.loading')} />;
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{t(`partnerships.title.${scope}`)}</Title>
      {query.isPending ? (
        <LoadingState label={t('partnerships.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <PartnershipResults page={page} data={query.data} scope={scope} onPageChange={goToPage} />
      )}
    </Stack>
  );
}

interface PartnershipResultsProps {
  page: number;
  data: PartnershipPage;
  scope: PartnershipScope;
  onPageChange: (page: number) => void;
}

function PartnershipResults({ page, data, scope, onPageChange }: PartnershipResultsProps) {
  const { t } = useTranslation();
  const { items, totalItems, totalPages } = data;

  if (items.length === 0) {
    return page > 1 && totalItems > 0 ? (
      <EmptyState title={t('partnerships.emptyTitle')} message={t('partnerships.pageOutOfRange')}>
        <Anchor component={Link} to="/partnerskaber">
          {t('partnerships.firstPage')}
        </Anchor>
      </EmptyState>
    ) : (
      <EmptyState title={t('partnerships.emptyTitle')} message={t(`partnerships.empty.${scope}`)} />
    );
  }

  return (
    <>
      <Text>{t('partnerships.count', { count: totalItems })}</Text>
      <Box
        component="ul"
        aria-label={t('partnerships.listLabel')}
        p={0}
        m={0}
        style={{ listStyle: 'none', display: 'grid', gap: 'var(--mantine-spacing-md)' }}
      >
        {items.map((partnership) => (
          <li key={partnership.id}>
            <PartnershipCard partnership={partnership} />
          </li>
        ))}
      </Box>
      <PageNavigation page={page} totalPages={totalPages} onChange={onPageChange} />
    </>
  );
}
