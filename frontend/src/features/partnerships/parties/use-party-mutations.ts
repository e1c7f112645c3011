import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganisationView, PartyInput, SignatoryInput } from '../../../api/types';
import { api, ifMatch, unwrap } from '../../../lib/api-client';
import { partnershipKeys } from '../use-partnerships';

/** The most the API gives in one page of organisations. */
const ORGANISATION_PAGE_SIZE = 100;
/** A stop in case the list keeps growing while it is read. */
const MAX_ORGANISATION_PAGES = 20;

/**
 * Every active organisation, by name. The choice of a new party is made from all of them, so the
 * pages are read until the last; under the `organisations` key so changes to them refresh it.
 */
export function useActiveOrganisations() {
  return useQuery<OrganisationView[]>({
    queryKey: ['organisations', 'active', 'all'],
    queryFn: async () => {
      const organisations: OrganisationView[] = [];
      for (let page = 0; page < MAX_ORGANISATION_PAGES; page++) {
        const result = await unwrap(
          api.GET('/api/v1/organisations', {
            params: {
              query: { active: true, sort: 'name', page, size: ORGANISATION_PAGE_SIZE },
            },
          }),
        );
        organisations.push(...result.items);
        if (page + 1 >= result.totalPages) break;
      }
      return organisations;
    },
  });
}

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
