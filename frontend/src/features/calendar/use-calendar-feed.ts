import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../../lib/api-client';
import { calendarFeedKey } from '../../lib/query-keys';

export type CalendarFeedView = components['schemas']['CalendarFeedView'];

const NO_FEED: CalendarFeedView = { active: false, url: null, createdAt: null, lastUsedAt: null };

/** Whether the user has a calendar feed, and when it was made and last used; never its address. */
export function useCalendarFeed() {
  return useQuery<CalendarFeedView>({
    queryKey: calendarFeedKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/calendar-feed')),
  });
}

/**
 * Makes a new feed address, which stops any earlier one. The answer is the only one that carries
 * the address, so it stays with the caller and the cached state is kept without it.
 */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/calendar-feed')),
    onSuccess: (feed) => queryClient.setQueryData(calendarFeedKey, { ...feed, url: null }),
  });
}

/** Revokes the feed: its address stops working at once. */
export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/me/calendar-feed')),
    onSuccess: () => queryClient.setQueryData(calendarFeedKey, NO_FEED),
  });
}
