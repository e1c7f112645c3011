import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartnershipInput, PartnershipStatus, PartnershipView } from '../../api/types';
import { api, ifMatch, unwrap } from '../../lib/api-client';
import { partnershipKeys } from '../../lib/query-keys';

/** The lifecycle the API enforces: the statuses a partnership may move to from each status. */
export const NEXT_STATUSES: Record<PartnershipStatus, PartnershipStatus[]> = {
  DRAFT: ['ACTIVE'],
  ACTIVE: ['UNDER_EVALUATION'],
  UNDER_EVALUATION: ['RENEWED', 'ENDED'],
  RENEWED: ['UNDER_EVALUATION'],
  ENDED: [],
};

function useStorePartnership() {
  const queryClient = useQueryClient();
  return async (view: PartnershipView) => {
    queryClient.setQueryData(partnershipKeys.detail(view.id), view);
    // Names, descriptions and statuses show in the lists too; the history has a new entry.
    await queryClient.invalidateQueries({ queryKey: partnershipKeys.all });
  };
}

/** Changes the agreement's own fields, based on `version` (412 version-mismatch if stale). */
export function useUpdatePartnership(id: string) {
  const store = useStorePartnership();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: PartnershipInput }) =>
      unwrap(
        api.PUT('/api/v1/partnerships/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: input,
        }),
      ),
    onSuccess: store,
  });
}

/** Moves the partnership to `status`, based on `version` (409 when the lifecycle forbids it). */
export function useChangeStatus(id: string) {
  const store = useStorePartnership();
  return useMutation({
    mutationFn: ({ version, status }: { version: number; status: PartnershipStatus }) =>
      unwrap(
        api.POST('/api/v1/partnerships/{id}/status', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: { status },
        }),
      ),
    onSuccess: store,
  });
}
