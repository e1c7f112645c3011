import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../lib/api-client';
import { goalKeys } from '../../lib/query-keys';
import type { GoalInput, GoalPage, GoalView } from './types';

export const GOAL_PAGE_SIZE = 20;

/** One page (zero-based) of the partnership's goals: active first, then by title. */
export function useGoals(partnershipId: string, page: number) {
  return useQuery<GoalPage>({
    queryKey: goalKeys.list(partnershipId, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/goals', {
          params: { path: { partnershipId }, query: { page, size: GOAL_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The most the API gives in one page; a working group has far fewer goals than that. */
const GROUP_PAGE_SIZE = 100;

/** A working group's goals, active first. */
export function useWorkingGroupGoals(partnershipId: string, workingGroupId: string) {
  return useQuery<GoalPage>({
    queryKey: goalKeys.ofGroup(partnershipId, workingGroupId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/goals', {
          params: {
            path: { partnershipId },
            query: { workingGroup: workingGroupId, page: 0, size: GROUP_PAGE_SIZE },
          },
        }),
      ),
  });
}

/**
 * Reads one goal afresh, for an edit that lost to someone else's change: the form starts again
 * from what is stored now. Resolves to undefined when it could not be read (deleted meanwhile).
 */
export function useFreshGoal(partnershipId: string) {
  const queryClient = useQueryClient();
  return async (goalId: string): Promise<GoalView | undefined> => {
    try {
      const goal = await queryClient.fetchQuery({
        queryKey: goalKeys.detail(partnershipId, goalId),
        queryFn: () =>
          unwrap(
            api.GET('/api/v1/partnerships/{partnershipId}/goals/{goalId}', {
              params: { path: { partnershipId, goalId } },
            }),
          ),
        staleTime: 0,
      });
      void refreshAll(queryClient, partnershipId);
      return goal;
    } catch {
      void refreshAll(queryClient, partnershipId);
      return undefined;
    }
  };
}

function refreshAll(queryClient: QueryClient, partnershipId: string) {
  return queryClient.invalidateQueries({ queryKey: goalKeys.all(partnershipId) });
}

export function useCreateGoal(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GoalInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/goals', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: () => refreshAll(queryClient, partnershipId),
  });
}

/** Changes a goal, based on the `version` the edit started from. */
export function useUpdateGoal(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: GoalInput }) =>
      unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/goals/{goalId}', {
          params: {
            path: { partnershipId, goalId: id },
            header: { 'If-Match': ifMatch(version) },
          },
          body: input,
        }),
      ),
    onSuccess: () => refreshAll(queryClient, partnershipId),
  });
}

/** Deletes a goal, based on the `version` the user saw. */
export function useDeleteGoal(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE('/api/v1/partnerships/{partnershipId}/goals/{goalId}', {
          params: {
            path: { partnershipId, goalId: id },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: () => refreshAll(queryClient, partnershipId),
  });
}
