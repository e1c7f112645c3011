import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DecisionPage } from '../../api/types';
import { api, unwrap } from '../../lib/api-client';
import { decisionKeys } from '../../lib/query-keys';

export const DECISION_PAGE_SIZE = 20;

/** One page (zero-based) of the register, newest meeting first, filtered by part of the text. */
export function useDecisions(partnershipId: string, text: string, page: number) {
  const q = text.trim();
  return useQuery<DecisionPage>({
    queryKey: decisionKeys.list(partnershipId, q, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/decisions', {
          params: {
            path: { partnershipId },
            query: { page, size: DECISION_PAGE_SIZE, ...(q ? { q } : {}) },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
