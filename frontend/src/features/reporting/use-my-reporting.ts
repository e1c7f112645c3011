import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api-client';
import { reportingKeys } from '../../lib/query-keys';
import type { ReportingDue } from './types';

/**
 * The indicators the user reports for whose latest finished period still lacks values. Values are
 * entered on the indicators' own pages, so each visit reads the list again.
 */
export function useMyReporting() {
  return useQuery<ReportingDue[]>({
    queryKey: reportingKeys.mine,
    queryFn: () => unwrap(api.GET('/api/v1/me/reporting')),
    staleTime: 0,
  });
}
