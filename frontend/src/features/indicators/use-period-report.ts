import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api-client';
import { dashboardKeys, indicatorKeys, reportingKeys } from '../../lib/query-keys';
import type { PeriodReportInput, PeriodReportResult, ReportingGrid } from './types';

/** The form of one period of a partnership; without a period, the latest finished one. */
export function useReportingGrid(partnershipId: string, period: string | undefined) {
  return useQuery<ReportingGrid>({
    queryKey: indicatorKeys.reporting(partnershipId, period),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/reporting', {
          params: { path: { partnershipId }, query: period ? { period } : {} },
        }),
      ),
    // Values someone else entered meanwhile must show before the user types over them.
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

/** Stores a period's values in one request: all of them, or none. */
export function useReportPeriod(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PeriodReportInput): Promise<PeriodReportResult> =>
      unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/reporting', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: indicatorKeys.all(partnershipId) }),
        queryClient.invalidateQueries({ queryKey: dashboardKeys.detail(partnershipId) }),
        queryClient.invalidateQueries({ queryKey: reportingKeys.mine }),
      ]),
  });
}
