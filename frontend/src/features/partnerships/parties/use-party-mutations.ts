import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartyInput, SignatoryInput } from '../../../api/types';
import { api, ifMatch, unwrap } from '../../../lib/api-client';
import { partnershipKeys } from '../../../lib/query-keys';

/** The parties show on the partnership itself and, by name, in the list of partnerships. */
function useRefreshParties(partnershipId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: partnershipKeys.detail(partnershipId) }),
      queryClient.invalidateQueries({ queryKey: partnershipKeys.lists() }),
    ]);
}

export function useAddParty(partnershipId: string) {
  const refresh = useRefreshParties(partnershipId);
  return useMutation({
    mutationFn: (input: PartyInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/parties', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

/** Removes a party with its signatories, based on the party `version` the user saw. */
export function useRemoveParty(partnershipId: string) {
  const refresh = useRefreshParties(partnershipId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE('/api/v1/partnerships/{partnershipId}/parties/{partyId}', {
          params: {
            path: { partnershipId, partyId: id },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useAddSignatory(partnershipId: string, partyId: string) {
  const refresh = useRefreshParties(partnershipId);
  return useMutation({
    mutationFn: (input: SignatoryInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/parties/{partyId}/signatories', {
          params: { path: { partnershipId, partyId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

/** Changes a signatory, based on the `version` the edit started from. */
export function useUpdateSignatory(partnershipId: string, partyId: string) {
  const refresh = useRefreshParties(partnershipId);
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: SignatoryInput }) =>
      unwrap(
        api.PUT(
          '/api/v1/partnerships/{partnershipId}/parties/{partyId}/signatories/{signatoryId}',
          {
            params: {
              path: { partnershipId, partyId, signatoryId: id },
              header: { 'If-Match': ifMatch(version) },
            },
            body: input,
          },
        ),
      ),
    onSuccess: refresh,
  });
}

export function useRemoveSignatory(partnershipId: string, partyId: string) {
  const refresh = useRefreshParties(partnershipId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE(
          '/api/v1/partnerships/{partnershipId}/parties/{partyId}/signatories/{signatoryId}',
          {
            params: {
              path: { partnershipId, partyId, signatoryId: id },
              header: { 'If-Match': ifMatch(version) },
            },
          },
        ),
      ),
    onSuccess: refresh,
  });
}

/** Brings a removed party back, with the signatories it had when it was removed. */
export function useRestoreParty(partnershipId: string) {
  const refresh = useRefreshParties(partnershipId);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/parties/{partyId}/restore', {
          params: { path: { partnershipId, partyId: id } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRestoreSignatory(partnershipId: string, partyId: string) {
  const refresh = useRefreshParties(partnershipId);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST(
          '/api/v1/partnerships/{partnershipId}/parties/{partyId}/signatories/{signatoryId}/restore',
          { params: { path: { partnershipId, partyId, signatoryId: id } } },
        ),
      ),
    onSuccess: refresh,
  });
}
