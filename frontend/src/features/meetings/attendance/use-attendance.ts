import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttendanceList, AttendanceUpdate, AttendanceView } from '../../../api/types';
import { api, ifMatch, unwrap } from '../../../lib/api-client';
import { meetingKeys } from '../../../lib/query-keys';

/** Everyone invited to the meeting with their answers, and the counts of the answers. */
export function useAttendance(partnershipId: string, meetingId: string) {
  return useQuery<AttendanceList>({
    queryKey: meetingKeys.attendance(partnershipId, meetingId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/attendance', {
          params: { path: { partnershipId, meetingId } },
        }),
      ),
  });
}

/** Invites the members not invited yet; the answer is the whole list, shown at once. */
export function useInviteMembers(partnershipId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/attendance/invite', {
          params: { path: { partnershipId, meetingId } },
        }),
      ),
    onSuccess: (list: AttendanceList) =>
      queryClient.setQueryData(meetingKeys.attendance(partnershipId, meetingId), list),
  });
}

export interface AttendanceChange {
  /** The invitation as the user saw it: its id and the version the change is based on. */
  row: Pick<AttendanceView, 'id' | 'version'>;
  update: AttendanceUpdate;
}

/**
 * Answers an invitation or records presence. The counts follow from every row, so the list is
 * read again after the changed row is shown.
 */
export function useUpdateAttendance(partnershipId: string, meetingId: string) {
  const queryClient = useQueryClient();
  const key = meetingKeys.attendance(partnershipId, meetingId);
  return useMutation({
    mutationFn: ({ row, update }: AttendanceChange) =>
      unwrap(
        api.PUT(
          '/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/attendance/{attendanceId}',
          {
            params: {
              path: { partnershipId, meetingId, attendanceId: row.id },
              header: { 'If-Match': ifMatch(row.version) },
            },
            body: update,
          },
        ),
      ),
    onSuccess: (changed: AttendanceView) => {
      queryClient.setQueryData<AttendanceList>(key, (current) =>
        current
          ? {
              ...current,
              items: current.items.map((item) => (item.id === changed.id ? changed : item)),
            }
          : current,
      );
      return queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** What to send to keep someone's answer as it is while their presence is recorded. */
export function presenceUpdate(
  row: AttendanceView,
  presence: AttendanceUpdate['presence'],
): AttendanceUpdate {
  return { response: row.response, ...(row.reason ? { reason: row.reason } : {}), presence };
}
