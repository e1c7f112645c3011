import { useQuery } from '@tanstack/react-query';
import type { PartnershipView } from '../../api/types';
import { api, unwrap } from '../../lib/api-client';
import { isUuid } from '../../lib/ids';
import { partnershipKeys } from '../../lib/query-keys';

/**
 * The whole partnership with the given id; a partnership the user cannot see is `not-found`. An id
 * that is not a UUID cannot name a partnership, so the API is not asked and the query stays idle.
 */
export function usePartnership(id: string) {
  return useQuery<PartnershipView>({
    queryKey: partnershipKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/partnerships/{id}', { params: { path: { id } } })),
    enabled: isUuid(id),
  });
}
