import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../lib/api-client';
import { isUuid } from '../../lib/ids';
import { indicatorKeys } from '../../lib/query-keys';
import type {
  Frequency,
  IndicatorInput,
  IndicatorPage,
  IndicatorView,
  MeasurementInput,
  MeasurementRevisionView,
  MeasurementView,
  SeriesView,
} from './types';

export const INDICATOR_PAGE_SIZE = 20;

/** One page (zero-based) of the partnership's indicators, by code. */
export function useIndicators(partnershipId: string, page: number) {
  return useQuery<IndicatorPage>({
    queryKey: indicatorKeys.list(partnershipId, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/indicators', {
          params: {
            path: { partnershipId },
            query: { page, size: INDICATOR_PAGE_SIZE, sort: 'code' },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One indicator; an id that is not a UUID cannot name one, so it is not asked for. */
export function useIndicator(partnershipId: string, indicatorId: string) {
  return useQuery<IndicatorView>({
    queryKey: indicatorKeys.detail(partnershipId, indicatorId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}', {
          params: { path: { partnershipId, indicatorId } },
        }),
      ),
    enabled: isUuid(indicatorId),
  });
}

/** The indicator's values per area and in total, added up to `aggregate`. */
export function useIndicatorSeries(
  partnershipId: string,
  indicatorId: string,
  aggregate: Frequency,
) {
  return useQuery<SeriesView>({
    queryKey: indicatorKeys.series(partnershipId, indicatorId, aggregate),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/series', {
          params: { path: { partnershipId, indicatorId }, query: { aggregate } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The values as entered, newest period first (the API's default: the last three years). */
export function useMeasurements(partnershipId: string, indicatorId: string) {
  return useQuery<MeasurementView[]>({
    queryKey: indicatorKeys.measurements(partnershipId, indicatorId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/measurements', {
          params: { path: { partnershipId, indicatorId } },
        }),
      ),
    enabled: isUuid(indicatorId),
  });
}

/** The values one value replaced, newest correction first. */
export function useMeasurementRevisions(
  partnershipId: string,
  indicatorId: string,
  measurementId: string,
) {
  return useQuery<MeasurementRevisionView[]>({
    queryKey: indicatorKeys.revisions(partnershipId, indicatorId, measurementId),
    queryFn: () =>
      unwrap(
        api.GET(
          '/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/measurements/{measurementId}/revisions',
          { params: { path: { partnershipId, indicatorId, measurementId } } },
        ),
      ),
  });
}

function refreshAll(queryClient: QueryClient, partnershipId: string) {
  return queryClient.invalidateQueries({ queryKey: indicatorKeys.all(partnershipId) });
}

export function useCreateIndicator(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IndicatorInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/indicators', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: () => refreshAll(queryClient, partnershipId),
  });
}

/**
 * Changes an indicator, based on the `version` the edit started from. The answer is shown at once;
 * the list and the series (a new baseline or target) are read again.
 */
export function useUpdateIndicator(partnershipId: string, indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: IndicatorInput }) =>
      unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}', {
          params: {
            path: { partnershipId, indicatorId },
            header: { 'If-Match': ifMatch(version) },
          },
          body: input,
        }),
      ),
    onSuccess: (view: IndicatorView) => {
      queryClient.setQueryData(indicatorKeys.detail(partnershipId, indicatorId), view);
      return refreshAll(queryClient, partnershipId);
    },
  });
}

/** Deletes an indicator, based on the `version` the user saw; its values stay on record. */
export function useDeleteIndicator(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE('/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}', {
          params: {
            path: { partnershipId, indicatorId: id },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: (_data: unknown, { id }: { id: string; version: number }) => {
      // The page that showed it is left; only the list needs reading again.
      queryClient.removeQueries({ queryKey: indicatorKeys.detail(partnershipId, id) });
      return queryClient.invalidateQueries({
        queryKey: [...indicatorKeys.all(partnershipId), 'list'],
      });
    },
  });
}

/** What entering a value did: a new value, a correction, or nothing (the same value again). */
export type RecordOutcome = 'created' | 'corrected' | 'unchanged';

export interface Recorded {
  measurement: MeasurementView;
  outcome: RecordOutcome;
}

/**
 * Enters or corrects one value. The API answers 201 for a new value and 200 both for a
 * correction and for the same value sent again; a correction adds a revision, which tells them
 * apart.
 */
export function useRecordMeasurement(partnershipId: string, indicatorId: string) {
  const queryClient = useQueryClient();
  const key = indicatorKeys.measurements(partnershipId, indicatorId);
  return useMutation({
    mutationFn: async (input: MeasurementInput): Promise<Recorded> => {
      const before = queryClient
        .getQueryData<MeasurementView[]>(key)
        ?.find((m) => m.areaId === input.areaId && m.period === input.period);
      let status = 0;
      const measurement = await unwrap(
        api
          .PUT('/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/measurements', {
            params: {
              path: { partnershipId, indicatorId },
              // A correction is based on the value shown; a new value needs no version.
              header: before ? { 'If-Match': ifMatch(before.version) } : {},
            },
            body: input,
          })
          .then((result) => {
            status = result.response.status;
            return result;
          }),
      );
      const revisionsBefore = before?.revisions ?? 0;
      const outcome: RecordOutcome =
        status === 201
          ? 'created'
          : measurement.revisions === revisionsBefore
            ? 'unchanged'
            : 'corrected';
      return { measurement, outcome };
    },
    onSuccess: () => refreshAll(queryClient, partnershipId),
    // Someone else entered or corrected the value meanwhile: show it as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
