import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChairPeriodInput } from '../../../api/types';
import { api, ifMatch, unwrap } from '../../../lib/api-client';
import { partnershipKeys } from '../../../lib/query-keys';

/**
 * After a change of chair the partnership is read again, with it `canEdit`: who may edit follows
 * the chairing organisation's secretariat.
 */
function useRefreshChair(partnershipId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnershipKeys.detail(partnershipId) });
}

export function useCreateChairPeriod(partnershipId: string) {
  const refresh = useRefreshChair(partnershipId);
  return useMutation({
    mutationFn: (input: ChairPeriodInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/chair-periods', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

/** Changes a chair period, based on the `version` the edit started from. */
export function useUpdateChairPeriod(partnershipId: string) {
  const refresh = useRefreshChair(partnershipId);
  return useMutation({
    mutationFn: ({
      id,
      version,
      input,
    }: {
      id: string;
      version: number;
      input: ChairPeriodInput;
    }) =>
      unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/chair-periods/{chairPeriodId}', {
          params: {
            path: { partnershipId, chairPeriodId: id },
            header: { 'If-Match': ifMatch(version) },
          },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteChairPeriod(partnershipId: string) {
  const refresh = useRefreshChair(partnershipId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE('/api/v1/partnerships/{partnershipId}/chair-periods/{chairPeriodId}', {
          params: {
            path: { partnershipId, chairPeriodId: id },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRestoreChairPeriod(partnershipId: string) {
  const refresh = useRefreshChair(partnershipId);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/chair-periods/{chairPeriodId}/restore', {
          params: { path: { partnershipId, chairPeriodId: id } },
        }),
      ),
    onSuccess: refresh,
  });
}
