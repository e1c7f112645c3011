import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PartnershipListQuery, PartnershipPage } from '../../api/types';
import { api, unwrap } from '../../lib/api-client';

const PARTNERSHIP_PAGE_SIZE = 20;

/**
 * Query keys. Everything about one partnership (its members, its history) sits under its detail
 * key, so invalidating that key after a change refreshes all of it.
 */
export const partnershipKeys = {
  all: ['partnerships'] as const,
  lists: () => [...partnershipKeys.all, 'list'] as const,
  list: (query: PartnershipListQuery) => [...partnershipKeys.lists(), query] as const,
  detail: (id: string) => [...partnershipKeys.all, 'detail', id] as const,
  members: (id: string, page: number) => [...partnershipKeys.detail(id), 'members', page] as const,
  history: (id: string, page: number) => [...partnershipKeys.detail(id), 'history', page] as const,
};

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
