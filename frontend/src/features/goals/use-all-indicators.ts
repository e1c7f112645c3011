import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api-client';
import { indicatorKeys } from '../../lib/query-keys';
import type { IndicatorView } from '../indicators/types';

/** The most the API gives in one page. */
const PAGE_SIZE = 100;
/** More pages than any partnership's indicators need; it stops a runaway loop. */
const MAX_PAGES = 20;

/**
 * Every indicator of the partnership, by code, for a choice among them (the indicators that follow
 * a goal): the API pages them, so all pages are read. Kept under the indicators' key, so a new or
 * renamed indicator refreshes it.
 */
export function useAllIndicators(partnershipId: string) {
  return useQuery<IndicatorView[]>({
    queryKey: indicatorKeys.every(partnershipId),
    queryFn: async () => {
      const indicators: IndicatorView[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await unwrap(
          api.GET('/api/v1/partnerships/{partnershipId}/indicators', {
            params: { path: { partnershipId }, query: { page, size: PAGE_SIZE, sort: 'code' } },
          }),
        );
        indicators.push(...result.items);
        if (page + 1 >= result.totalPages) break;
      }
      return indicators;
    },
  });
}
