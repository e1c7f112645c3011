import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import type { MeetingView } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { meetingKeys } from '../../../lib/query-keys';

export type MinutesVersionSummary = components['schemas']['MinutesVersionSummary'];
export type MinutesVersionView = components['schemas']['MinutesVersionView'];
export type MinutesChange = components['schemas']['MinutesChange'];
export type MinutesChangeKind = components['schemas']['MinutesChangeKind'];
export type MinutesSnapshotItem = components['schemas']['MinutesSnapshotItem'];

const VERSIONS = '/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/versions';

/** The published versions of the minutes, oldest first; none are asked for before the first. */
export function useMinutesVersions(
  meeting: Pick<MeetingView, 'partnershipId' | 'id' | 'minutesVersion'>,
) {
  const { partnershipId, id: meetingId, minutesVersion } = meeting;
  return useQuery<MinutesVersionSummary[]>({
    queryKey: meetingKeys.minutesVersions(partnershipId, meetingId, minutesVersion),
    queryFn: () => unwrap(api.GET(VERSIONS, { params: { path: { partnershipId, meetingId } } })),
    enabled: minutesVersion > 0,
    // A new publication changes the key; the versions already shown stay until the list is read.
    placeholderData: (previous) => previous,
  });
}

/** One published version as it stood, with what changed against the one before it. */
export function useMinutesVersion(partnershipId: string, meetingId: string, number: number | null) {
  return useQuery<MinutesVersionView>({
    queryKey: meetingKeys.minutesVersion(partnershipId, meetingId, number ?? 0),
    queryFn: () =>
      unwrap(
        api.GET(`${VERSIONS}/{number}`, {
          params: { path: { partnershipId, meetingId, number: number ?? 0 } },
        }),
      ),
    enabled: number !== null,
    // A published version never changes.
    staleTime: Infinity,
  });
}
