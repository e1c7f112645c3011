import { Anchor, Box, Center, Pagination, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import type { PartnershipPage } from '../../api/types';
import { usePageTitle } from '../../lib/use-page-title';
import { PartnershipCard } from './partnership-card';
import { usePartnershipScope, type PartnershipScope } from './use-partnership-scope';
import { usePartnerships } from './use-partnerships';

/** The URL's `side` (page) parameter, one-based as users see it. */
const PAGE_PARAM = 'side';

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function PartnershipListPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = pageFrom(searchParams.get(PAGE_PARAM));
  const query = usePartnerships({ page: page - 1 });
  const scope = usePartnershipScope();
  usePageTitle(t(`partnerships.title.${scope ?? 'mine'}`));

  const goToPage = (next: number) => {
    setSearchParams(next > 1 ? { [PAGE_PARAM]: String(next) } : {});
  };

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
      {totalPages > 1 && (
        <Center component="nav" aria-label={t('pagination.label')}>
          <Pagination
            total={totalPages}
            value={page}
            onChange={onPageChange}
            getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          />
        </Center>
      )}
    </>
  );
}
