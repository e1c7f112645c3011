import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FocusAreaInput, FocusAreaView, PartnershipView } from '../../../api/types';
import { api, ifMatch, unwrap, versionFromEtag } from '../../../lib/api-client';
import { partnershipKeys } from '../../../lib/query-keys';

function useRefreshPartnership(partnershipId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnershipKeys.detail(partnershipId) });
}

export function useCreateFocusArea(partnershipId: string) {
  const refresh = useRefreshPartnership(partnershipId);
  return useMutation({
    mutationFn: (input: FocusAreaInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/focus-areas', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

/** Changes a focus area, based on the `version` the edit started from. */
export function useUpdateFocusArea(partnershipId: string) {
  const refresh = useRefreshPartnership(partnershipId);
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: FocusAreaInput }) =>
      unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/focus-areas/{focusAreaId}', {
          params: {
            path: { partnershipId, focusAreaId: id },
            header: { 'If-Match': ifMatch(version) },
          },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteFocusArea(partnershipId: string) {
  const refresh = useRefreshPartnership(partnershipId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE('/api/v1/partnerships/{partnershipId}/focus-areas/{focusAreaId}', {
          params: {
            path: { partnershipId, focusAreaId: id },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRestoreFocusArea(partnershipId: string) {
  const refresh = useRefreshPartnership(partnershipId);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/focus-areas/{focusAreaId}/restore', {
          params: { path: { partnershipId, focusAreaId: id } },
        }),
      ),
    onSuccess: refresh,
  });
}

/**
 * Puts the focus areas in the order of `ids` (all of them); they are renumbered from 1. The order
 * is part of the agreement, so the change is based on the partnership's `version` and moves it on.
 * The new order and version are shown at once, from the answer, before the partnership is fetched
 * again, so that a second move right after the first is not refused as a conflict.
 */
export function useReorderFocusAreas(partnershipId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshPartnership(partnershipId);
  return useMutation({
    mutationFn: async ({ ids, version }: { ids: string[]; version: number }) => {
      let newVersion: number | null = null;
      const focusAreas = await unwrap(
        api
          .PUT('/api/v1/partnerships/{partnershipId}/focus-areas/order', {
            params: { path: { partnershipId }, header: { 'If-Match': ifMatch(version) } },
            body: { ids },
          })
          .then((result) => {
            newVersion = versionFromEtag(result.response.headers.get('ETag'));
            return result;
          }),
      );
      return { focusAreas, version: newVersion };
    },
    onSuccess: ({
      focusAreas,
      version,
    }: {
      focusAreas: FocusAreaView[];
      version: number | null;
    }) => {
      queryClient.setQueryData<PartnershipView>(partnershipKeys.detail(partnershipId), (current) =>
        current ? { ...current, focusAreas, version: version ?? current.version } : current,
      );
      void refresh();
    },
  });
}
