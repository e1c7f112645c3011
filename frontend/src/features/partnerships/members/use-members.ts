import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MemberInput, MemberPage, MemberUpdate, MemberView } from '../../../api/types';
import { api, ifMatch, unwrap } from '../../../lib/api-client';
import { meKey, partnershipKeys } from '../../../lib/query-keys';

export const MEMBER_PAGE_SIZE = 20;

/** One page (zero-based) of the partnership's members, by name. */
export function useMembers(partnershipId: string, page: number) {
  return useQuery<MemberPage>({
    queryKey: partnershipKeys.members(partnershipId, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/members', {
          params: { path: { partnershipId }, query: { page, size: MEMBER_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The most the API gives in one page of members. */
const ALL_PAGE_SIZE = 100;
/** More pages than any partnership's membership needs; it stops a runaway loop. */
const MAX_PAGES = 20;

/**
 * Every member of the partnership, by name, for a choice among them (who is responsible for a
 * follow-up item): the API pages them, so all pages are read.
 */
export function useAllMembers(partnershipId: string) {
  return useQuery<MemberView[]>({
    queryKey: partnershipKeys.allMembers(partnershipId),
    queryFn: async () => {
      const members: MemberView[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await unwrap(
          api.GET('/api/v1/partnerships/{partnershipId}/members', {
            params: { path: { partnershipId }, query: { page, size: ALL_PAGE_SIZE } },
          }),
        );
        members.push(...result.items);
        if (page + 1 >= result.totalPages) break;
      }
      return members;
    },
  });
}

/**
 * After a change to the members: the partnership (its members, history, and the user's own role
 * in it) and the user's memberships are read again.
 */
function useRefreshMembers(partnershipId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: partnershipKeys.detail(partnershipId) }),
      queryClient.invalidateQueries({ queryKey: partnershipKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: meKey }),
    ]);
}

export function useAddMember(partnershipId: string) {
  const refresh = useRefreshMembers(partnershipId);
  return useMutation({
    mutationFn: (input: MemberInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/members', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

/** Changes a member's role and organisation, based on the `version` the edit started from. */
export function useUpdateMember(partnershipId: string) {
  const refresh = useRefreshMembers(partnershipId);
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: MemberUpdate }) =>
      unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/members/{memberId}', {
          params: {
            path: { partnershipId, memberId: id },
            header: { 'If-Match': ifMatch(version) },
          },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRemoveMember(partnershipId: string) {
  const refresh = useRefreshMembers(partnershipId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE('/api/v1/partnerships/{partnershipId}/members/{memberId}', {
          params: {
            path: { partnershipId, memberId: id },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRestoreMember(partnershipId: string) {
  const refresh = useRefreshMembers(partnershipId);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/members/{memberId}/restore', {
          params: { path: { partnershipId, memberId: id } },
        }),
      ),
    onSuccess: refresh,
  });
}
