import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  OrganisationInput,
  OrganisationListQuery,
  OrganisationPage,
  OrganisationView,
} from '../../api/types';
import { api, ifMatch, unwrap } from '../../lib/api-client';
import { organisationKeys } from '../../lib/query-keys';
import { useMe } from '../../lib/use-me';

const ORGANISATION_PAGE_SIZE = 20;

/** Only admins maintain organisations; until `/me` answers (or when it fails) nobody is one. */
export function useIsAdmin(): boolean {
  return useMe().data?.roles.includes('admin') ?? false;
}

/** One page of organisations by name (zero-based `page`). */
export function useOrganisations(query: OrganisationListQuery) {
  const params: OrganisationListQuery = { size: ORGANISATION_PAGE_SIZE, sort: 'name', ...query };
  return useQuery<OrganisationPage>({
    queryKey: organisationKeys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/organisations', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/** Reads one organisation as it is now, for an edit that lost to someone else's change. */
export function useFetchOrganisation() {
  const queryClient = useQueryClient();
  return (id: string) =>
    queryClient.fetchQuery<OrganisationView>({
      queryKey: organisationKeys.detail(id),
      queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } } })),
      staleTime: 0,
    });
}

/** Refetches the lists, which also show whoever else changed something meanwhile. */
export function useRefreshOrganisations() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: organisationKeys.all });
}

export function useCreateOrganisation() {
  const refresh = useRefreshOrganisations();
  return useMutation({
    mutationFn: (input: OrganisationInput) =>
      unwrap(api.POST('/api/v1/organisations', { body: input })),
    onSuccess: refresh,
  });
}

export interface OrganisationUpdate {
  id: string;
  /** The version the change is based on, sent as If-Match. */
  version: number;
  input: OrganisationInput;
}

/** Changes, deactivates or reactivates an organisation (the API does all three with one PUT). */
export function useUpdateOrganisation() {
  const refresh = useRefreshOrganisations();
  return useMutation({
    mutationFn: ({ id, version, input }: OrganisationUpdate) =>
      unwrap(
        api.PUT('/api/v1/organisations/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

/**
 * The body that keeps an organisation as it is but for `active`. A missing `cvr` would clear the
 * CVR number, so it is sent whenever there is one.
 */
export function activeInput(organisation: OrganisationView, active: boolean): OrganisationInput {
  const { name, kind, cvr } = organisation;
  return { name, kind, active, ...(cvr ? { cvr } : {}) };
}
