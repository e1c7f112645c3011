import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditPage } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { partnershipKeys } from '../../../lib/query-keys';

export const HISTORY_PAGE_SIZE = 20;

/** One page (zero-based) of the partnership's audit trail, newest first. */
export function useHistory(partnershipId: string, page: number) {
  return useQuery<AuditPage>({
    queryKey: partnershipKeys.history(partnershipId, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{id}/history', {
          params: { path: { id: partnershipId }, query: { page, size: HISTORY_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
