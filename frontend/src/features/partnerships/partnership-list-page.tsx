import { Anchor, Box, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { PageNavigation } from '../../components/page-navigation';
import { ProblemAlert } from '../../components/problem-alert';
import type { PartnershipPage } from '../../api/types';
import { usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { PartnershipCard } from './partnership-card';
import { PartnershipFilterForm } from './partnership-filters';
import {
  isFiltered,
  NO_PARTNERSHIP_FILTERS,
  usePartnershipFilters,
} from './use-partnership-filters';
import { usePartnershipScope, type PartnershipScope } from '../../lib/use-partnership-scope';
import { usePartnerships } from './use-partnerships';

export function PartnershipListPage() {
  const { t } = useTranslation();
  const [page, goToPage] = usePageParam();
  const [filters, setFilters] = usePartnershipFilters();
  const query = usePartnerships({
    page: page - 1,
    ...(filters.organisation ? { organisation: filters.organisation } : {}),
  });
  const scope = usePartnershipScope();
  usePageTitle(t(`partnerships.title.${scope ?? 'mine'}`));

  // The title depends on the user's roles, so the page waits for them rather than change its title.
  if (scope === undefined) {
    return <LoadingState label={t('partnerships.loading')} />;
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{t(`partnerships.title.${scope}`)}</Title>
      <PartnershipFilterForm filters={filters} onChange={setFilters} />
      {query.isPending ? (
        <LoadingState label={t('partnerships.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <PartnershipResults
          page={page}
          data={query.data}
          scope={scope}
          filtered={isFiltered(filters)}
          onPageChange={goToPage}
          onClearFilters={() => setFilters(NO_PARTNERSHIP_FILTERS)}
        />
      )}
    </Stack>
  );
}

interface PartnershipResultsProps {
  page: number;
  data: PartnershipPage;
  scope: PartnershipScope;
  filtered: boolean;
  onPageChange: (page: number) => void;
  onClearFilters: () => void;
}

function PartnershipResults({
  page,
  data,
  scope,
  filtered,
  onPageChange,
  onClearFilters,
}: PartnershipResultsProps) {
  const { t } = useTranslation();
  const { items, totalItems, totalPages } = data;

  if (items.length === 0) {
    if (page > 1 && totalItems > 0) {
      // The first page of the same filtered list, not the unfiltered one.
      return (
        <EmptyState title={t('partnerships.emptyTitle')} message={t('partnerships.pageOutOfRange')}>
          <Anchor component="button" type="button" onClick={() => onPageChange(1)}>
            {t('partnerships.firstPage')}
          </Anchor>
        </EmptyState>
      );
    }
    return filtered ? (
      <EmptyState title={t('partnerships.emptyTitle')} message={t('partnerships.noMatches')}>
        <Button variant="default" size="sm" onClick={onClearFilters}>
          {t('partnerships.clearFilters')}
        </Button>
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
