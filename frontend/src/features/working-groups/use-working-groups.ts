import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../lib/api-client';
import { isUuid } from '../../lib/ids';
import { goalKeys, workingGroupKeys } from '../../lib/query-keys';
import type {
  WorkingGroupClosing,
  WorkingGroupInput,
  WorkingGroupPage,
  WorkingGroupView,
} from './types';

export const WORKING_GROUP_PAGE_SIZE = 20;

/** One page (zero-based) of the partnership's working groups: active first, then by name. */
export function useWorkingGroups(partnershipId: string, page: number) {
  return useQuery<WorkingGroupPage>({
    queryKey: workingGroupKeys.list(partnershipId, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/working-groups', {
          params: { path: { partnershipId }, query: { page, size: WORKING_GROUP_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One working group; an id that is not a UUID cannot name one, so it is not asked for. */
export function useWorkingGroup(partnershipId: string, workingGroupId: string) {
  return useQuery<WorkingGroupView>({
    queryKey: workingGroupKeys.detail(partnershipId, workingGroupId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/working-groups/{workingGroupId}', {
          params: { path: { partnershipId, workingGroupId } },
        }),
      ),
    enabled: isUuid(workingGroupId),
  });
}

/** The group as the API answered it is shown at once; the lists and goals are read again. */
function stored(queryClient: QueryClient, partnershipId: string, view: WorkingGroupView) {
  const detail = workingGroupKeys.detail(partnershipId, view.id);
  queryClient.setQueryData(detail, view);
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: workingGroupKeys.all(partnershipId),
      predicate: (query) => !detail.every((part, index) => query.queryKey[index] === part),
    }),
    // The goals name the group they belong to.
    queryClient.invalidateQueries({ queryKey: goalKeys.all(partnershipId) }),
  ]);
}

/** Sets up a working group, directly or from a decision (`decisionId`). */
export function useCreateWorkingGroup(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WorkingGroupInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/working-groups', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: (view: WorkingGroupView) => stored(queryClient, partnershipId, view),
  });
}

/** Changes a working group, based on the `version` the edit started from. */
export function useUpdateWorkingGroup(partnershipId: string, workingGroupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: WorkingGroupInput }) =>
      unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/working-groups/{workingGroupId}', {
          params: {
            path: { partnershipId, workingGroupId },
            header: { 'If-Match': ifMatch(version) },
          },
          body: input,
        }),
      ),
    onSuccess: (view: WorkingGroupView) => stored(queryClient, partnershipId, view),
  });
}

/** Closes a working group with its closing report, based on the `version` the user saw. */
export function useCloseWorkingGroup(partnershipId: string, workingGroupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, closing }: { version: number; closing: WorkingGroupClosing }) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/working-groups/{workingGroupId}/close', {
          params: {
            path: { partnershipId, workingGroupId },
            header: { 'If-Match': ifMatch(version) },
          },
          body: closing,
        }),
      ),
    onSuccess: (view: WorkingGroupView) => stored(queryClient, partnershipId, view),
  });
}
