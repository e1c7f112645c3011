import { useQuery } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../../lib/api-client';
import { searchKeys } from '../../lib/query-keys';

export type SearchPage = components['schemas']['SearchPage'];
export type SearchHit = components['schemas']['SearchHit'];
export type SearchHitKind = SearchHit['kind'];

export const SEARCH_PAGE_SIZE = 20;

/**
 * One page (zero-based) of the hits for `query`, best match first, in one partnership or all the
 * user's. Nothing is fetched for an empty query.
 */
export function useSearch(query: string, partnership: string | null, page: number) {
  const q = query.trim();
  return useQuery<SearchPage>({
    queryKey: searchKeys.results(q, partnership, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/search', {
          params: {
            query: { q, page, size: SEARCH_PAGE_SIZE, ...(partnership ? { partnership } : {}) },
          },
        }),
      ),
    enabled: q !== '',
    // Another page of the same search keeps the hits on screen until it comes (and the pager with
    // the focus in it); the hits of a different search would be misleading meanwhile.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === q && previousQuery.queryKey[2] === partnership
        ? previous
        : undefined,
  });
}
