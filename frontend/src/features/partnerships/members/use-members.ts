import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MemberInput, MemberPage, MemberUpdate } from '../../../api/types';
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
