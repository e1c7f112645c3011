import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { indicatorKeys, partnershipKeys } from '../../lib/query-keys';
import { fakeApi, json } from '../../test/fake-api';
import { HERLEV_ID } from '../../test/fixtures';
import { importReport, importRow } from '../../test/import-fixtures';
import { INDICATOR_ID } from '../../test/indicator-fixtures';
import { useStoreImport } from './use-measurement-files';

const OTHER_PARTNERSHIP = '10000000-0000-4000-8000-000000000099';

describe('useStoreImport', () => {
  it('marks every indicator query and the dashboard of the partnership as stale, and nothing else', async () => {
    fakeApi({
      [`POST /api/v1/partnerships/${HERLEV_ID}/measurements/import`]: json(
        importReport([importRow()], { dryRun: false, stored: true }),
      ),
    });
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: Infinity } },
    });
    const keys = {
      list: indicatorKeys.list(HERLEV_ID, 0),
      series: indicatorKeys.series(HERLEV_ID, INDICATOR_ID, 'QUARTER'),
      measurements: indicatorKeys.measurements(HERLEV_ID, INDICATOR_ID),
      dashboard: [...partnershipKeys.detail(HERLEV_ID), 'dashboard'],
      partnership: partnershipKeys.detail(HERLEV_ID),
      otherIndicators: indicatorKeys.list(OTHER_PARTNERSHIP, 0),
    };
    for (const key of Object.values(keys)) queryClient.setQueryData(key, {});
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useStoreImport(HERLEV_ID), { wrapper });

    await act(() =>
      result.current.mutateAsync({
        upload: {
          bytes: new TextEncoder().encode('indikator;område;periode;værdi\n').buffer,
          filename: 'værdier.csv',
          contentType: 'text/csv',
        },
        report: importReport([]),
      }),
    );

    const stale = Object.fromEntries(
      Object.entries(keys).map(([name, key]) => [
        name,
        queryClient.getQueryState(key)?.isInvalidated,
      ]),
    );
    expect(stale).toEqual({
      list: true,
      series: true,
      measurements: true,
      dashboard: true,
      partnership: false,
      otherIndicators: false,
    });
  });
});
