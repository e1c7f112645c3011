import { useQuery } from '@tanstack/react-query';
import type { StorageView } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { partnershipKeys } from '../../../lib/query-keys';

/**
 * What the partnership's files take up against its quota. Files are added and removed on other
 * pages (meetings, activities), so it is read again each time it is shown.
 */
export function useStorage(partnershipId: string) {
  return useQuery<StorageView>({
    queryKey: partnershipKeys.storage(partnershipId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/storage', {
          params: { path: { partnershipId } },
        }),
      ),
    staleTime: 0,
  });
}
