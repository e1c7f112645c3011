import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PartnershipListQuery, PartnershipPage } from '../../api/types';
import { api, unwrap } from '../../lib/api-client';
import { partnershipKeys } from '../../lib/query-keys';

const PARTNERSHIP_PAGE_SIZE = 20;

/** One page of the partnerships the user can see (zero-based `page`). */
export function usePartnerships(query: PartnershipListQuery) {
  const params: PartnershipListQuery = {
    size: PARTNERSHIP_PAGE_SIZE,
    sort: 'name',
    ...query,
  };
  return useQuery<PartnershipPage>({
    queryKey: partnershipKeys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/partnerships', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}
