import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  FollowUpPage,
  FollowUpStatus,
  FollowUpStatusInput,
  FollowUpView,
} from '../../api/types';
import { api, ifMatch, unwrap } from '../../lib/api-client';
import { followUpKeys, meetingKeys } from '../../lib/query-keys';

export const FOLLOW_UP_PAGE_SIZE = 20;

/** One page (zero-based) of the items the user or their organisation is responsible for. */
export function useMyFollowUps(status: FollowUpStatus, page: number) {
  return useQuery<FollowUpPage>({
    queryKey: followUpKeys.mine(status, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/me/follow-ups', {
          params: { query: { status, page, size: FOLLOW_UP_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One page (zero-based) of a partnership's items with the given status, earliest due first. */
export function usePartnershipFollowUps(
  partnershipId: string,
  status: FollowUpStatus,
  page: number,
  size = FOLLOW_UP_PAGE_SIZE,
) {
  return useQuery<FollowUpPage>({
    queryKey: followUpKeys.partnershipList(partnershipId, status, page, size),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/follow-ups', {
          params: { path: { partnershipId }, query: { status, page, size } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * Everything that shows follow-up items: the user's own, the partnership's and its meetings'
 * minutes (where the items are listed under their agenda items).
 */
export function useRefreshFollowUps() {
  const queryClient = useQueryClient();
  return (partnershipId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: followUpKeys.all }),
      queryClient.invalidateQueries({ queryKey: followUpKeys.partnership(partnershipId) }),
      queryClient.invalidateQueries({ queryKey: meetingKeys.all(partnershipId) }),
    ]);
}

export interface FollowUpStatusChange {
  /** The item as the user saw it; the change is based on its version. */
  item: Pick<FollowUpView, 'id' | 'partnershipId' | 'version'>;
  input: FollowUpStatusInput;
}

/** Marks an item done (with a note on what was done) or open again. */
export function useSetFollowUpStatus() {
  const refresh = useRefreshFollowUps();
  return useMutation({
    mutationFn: ({ item, input }: FollowUpStatusChange) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/follow-ups/{followUpId}/status', {
          params: {
            path: { partnershipId: item.partnershipId, followUpId: item.id },
            header: { 'If-Match': ifMatch(item.version) },
          },
          body: input,
        }),
      ),
    onSuccess: (changed: FollowUpView) => refresh(changed.partnershipId),
  });
}
