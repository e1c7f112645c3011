import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TermInput } from '../../../api/types';
import { toProblemError } from '../../../lib/problem';
import { api, ifMatch, unwrap } from '../../../lib/api-client';
import { partnershipKeys } from '../../../lib/query-keys';

function useRefreshPartnership(partnershipId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnershipKeys.detail(partnershipId) });
}

export function useCreateTerm(partnershipId: string) {
  const refresh = useRefreshPartnership(partnershipId);
  return useMutation({
    mutationFn: (input: TermInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/terms', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

/** Changes a term, based on the `version` the edit started from. */
export function useUpdateTerm(partnershipId: string) {
  const refresh = useRefreshPartnership(partnershipId);
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: TermInput }) =>
      unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/terms/{termId}', {
          params: {
            path: { partnershipId, termId: id },
            header: { 'If-Match': ifMatch(version) },
          },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteTerm(partnershipId: string) {
  const refresh = useRefreshPartnership(partnershipId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE('/api/v1/partnerships/{partnershipId}/terms/{termId}', {
          params: {
            path: { partnershipId, termId: id },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRestoreTerm(partnershipId: string) {
  const refresh = useRefreshPartnership(partnershipId);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/terms/{termId}/restore', {
          params: { path: { partnershipId, termId: id } },
        }),
      ),
    onSuccess: refresh,
  });
}

/**
 * Stores the PDF as the term's signed agreement, replacing any earlier one, based on the term's
 * `version`. When someone changed the term meanwhile the partnership is fetched again, so that a
 * second try is based on what is there now.
 */
export function useUploadAgreement(partnershipId: string) {
  const refresh = useRefreshPartnership(partnershipId);
  return useMutation({
    mutationFn: async ({
      termId,
      version,
      file,
    }: {
      termId: string;
      version: number;
      file: File;
    }) => {
      const bytes = await file.arrayBuffer();
      return unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/terms/{termId}/agreement', {
          params: {
            path: { partnershipId, termId },
            query: { filename: file.name },
            header: { 'If-Match': ifMatch(version) },
          },
          headers: { 'Content-Type': 'application/pdf' },
          // The contract types a binary body as a string; the bytes go as they are, not as JSON.
          body: bytes as unknown as string,
          bodySerializer: (body: unknown) => body,
        }),
      );
    },
    onSuccess: refresh,
    onError: (error) => {
      if (toProblemError(error).key === 'version-mismatch') void refresh();
    },
  });
}

/**
 * The term's signed agreement as a file. It is fetched through the API client, which adds the
 * bearer token; a plain link to the URL would reach the API without it.
 */
export async function fetchAgreement(partnershipId: string, termId: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/v1/partnerships/{partnershipId}/terms/{termId}/agreement', {
      params: { path: { partnershipId, termId } },
      parseAs: 'blob',
    }),
  );
}
