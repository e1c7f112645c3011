import { useQuery } from '@tanstack/react-query';
import type { MeView } from '../api/types';
import { api, unwrap } from './api-client';
import { meKey } from './query-keys';

/** The signed-in user: name, organisation, realm roles and partnership memberships. */
export function useMe() {
  return useQuery<MeView>({
    queryKey: meKey,
    queryFn: () => unwrap(api.GET('/api/v1/me')),
    staleTime: 5 * 60_000,
  });
}
