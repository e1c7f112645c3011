import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api-client';
import { dashboardKeys } from '../../lib/query-keys';
import type { DashboardView } from './types';

/**
 * The partnership's active goals and indicators with their status, and the latest values. It
 * sums up what goals, indicators and values entered elsewhere say, so each visit reads it again.
 */
export function useDashboard(partnershipId: string) {
  return useQuery<DashboardView>({
    queryKey: dashboardKeys.detail(partnershipId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/dashboard', {
          params: { path: { partnershipId } },
        }),
      ),
    staleTime: 0,
  });
}
