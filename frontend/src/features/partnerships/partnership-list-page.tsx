import { Box, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state';
import { PagedList } from '../../components/paged-list';
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
import { usePartnershipScope } from '../../lib/use-partnership-scope';
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
      {/* A page out of range goes to the first page of the same filtered list. */}
      <PagedList
        query={query}
        page={page}
        onPageChange={goToPage}
        loading={t('partnerships.loading')}
        empty={
          isFiltered(filters)
            ? {
                title: t('partnerships.emptyTitle'),
                message: t('partnerships.noMatches'),
                action: (
                  <Button
                    variant="default"
                    size="sm"
                    onClick={() => setFilters(NO_PARTNERSHIP_FILTERS)}
                  >
                    {t('partnerships.clearFilters')}
                  </Button>
                ),
              }
            : { title: t('partnerships.emptyTitle'), message: t(`partnerships.empty.${scope}`) }
        }
        outOfRange={{
          message: t('partnerships.pageOutOfRange'),
          firstPage: t('partnerships.firstPage'),
        }}
      >
        {(data) => <PartnershipResults data={data} />}
      </PagedList>
    </Stack>
  );
}

interface PartnershipResultsProps {
  data: PartnershipPage;
}

function PartnershipResults({ data }: PartnershipResultsProps) {
  const { t } = useTranslation();
  const { items, totalItems } = data;

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
    </>
  );
}
