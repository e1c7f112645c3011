import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchAllPages } from '../../lib/all-pages';
import { api, ifMatch, unwrap } from '../../lib/api-client';
import { fetchFile } from '../../lib/download';
import { activityKeys } from '../../lib/query-keys';
import type { ActivityInput, ActivityView } from './types';

/**
 * Every activity of the partnership, by track and then title. They are shown grouped by track, and
 * a track must not be split across pages, so all pages are read.
 */
export function useAllActivities(partnershipId: string) {
  return useQuery<ActivityView[]>({
    queryKey: activityKeys.every(partnershipId),
    queryFn: () =>
      fetchAllPages((page, size) =>
        unwrap(
          api.GET('/api/v1/partnerships/{partnershipId}/activities', {
            params: { path: { partnershipId }, query: { page, size } },
          }),
        ),
      ),
  });
}

/**
 * The activity as the API answered it replaces the one in the list at once, so a next change is
 * based on its new version; the list is then read again.
 */
function stored(queryClient: QueryClient, partnershipId: string, view: ActivityView) {
  queryClient.setQueryData<ActivityView[]>(activityKeys.every(partnershipId), (current) =>
    current?.map((activity) => (activity.id === view.id ? view : activity)),
  );
  return queryClient.invalidateQueries({ queryKey: activityKeys.all(partnershipId) });
}

function refreshAll(queryClient: QueryClient, partnershipId: string) {
  return queryClient.invalidateQueries({ queryKey: activityKeys.all(partnershipId) });
}

/**
 * Reads one activity afresh, for an edit that lost to someone else's change: the form starts again
 * from what is stored now. Resolves to undefined when it could not be read (deleted meanwhile).
 */
export function useFreshActivity(partnershipId: string) {
  const queryClient = useQueryClient();
  return async (activityId: string): Promise<ActivityView | undefined> => {
    try {
      const activity = await queryClient.fetchQuery({
        queryKey: activityKeys.detail(partnershipId, activityId),
        queryFn: () =>
          unwrap(
            api.GET('/api/v1/partnerships/{partnershipId}/activities/{activityId}', {
              params: { path: { partnershipId, activityId } },
            }),
          ),
        staleTime: 0,
      });
      void stored(queryClient, partnershipId, activity);
      return activity;
    } catch {
      void refreshAll(queryClient, partnershipId);
      return undefined;
    }
  };
}

export function useCreateActivity(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ActivityInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/activities', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: () => refreshAll(queryClient, partnershipId),
  });
}

/** Changes an activity, based on the `version` the edit started from. */
export function useUpdateActivity(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: ActivityInput }) =>
      unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/activities/{activityId}', {
          params: {
            path: { partnershipId, activityId: id },
            header: { 'If-Match': ifMatch(version) },
          },
          body: input,
        }),
      ),
    onSuccess: (view: ActivityView) => stored(queryClient, partnershipId, view),
  });
}

/** Deletes an activity, based on the `version` the user saw. */
export function useDeleteActivity(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE('/api/v1/partnerships/{partnershipId}/activities/{activityId}', {
          params: {
            path: { partnershipId, activityId: id },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: () => refreshAll(queryClient, partnershipId),
  });
}

export interface ReportUpload {
  activity: ActivityView;
  file: File;
  contentType: string;
}

/**
 * Attaches a report to an activity, replacing any earlier one. It changes the activity, so it is
 * based on the version the user saw, and the answer carries the new one.
 */
export function useAttachReport(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ activity, file, contentType }: ReportUpload) => {
      const bytes = await file.arrayBuffer();
      return unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/activities/{activityId}/report', {
          params: {
            path: { partnershipId, activityId: activity.id },
            query: { filename: file.name },
            header: { 'If-Match': ifMatch(activity.version) },
          },
          headers: { 'Content-Type': contentType },
          // The contract types a binary body as a string; the bytes go as they are, not as JSON.
          body: bytes as unknown as string,
          bodySerializer: (body: unknown) => body,
        }),
      );
    },
    onSuccess: (view: ActivityView) => stored(queryClient, partnershipId, view),
  });
}

/** Fetches an activity's report with the user's token, to hand to the browser as a download. */
export function fetchReport(partnershipId: string, activity: ActivityView) {
  return fetchFile(
    api.GET('/api/v1/partnerships/{partnershipId}/activities/{activityId}/report', {
      params: { path: { partnershipId, activityId: activity.id } },
      parseAs: 'blob',
    }),
    activity.report?.filename ?? 'rapport',
  );
}
