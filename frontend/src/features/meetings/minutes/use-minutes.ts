import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgendaItemView,
  CommentView,
  DecisionInput,
  FollowUpInput,
  MeetingView,
} from '../../../api/types';
import { api, ifMatch, unwrap, versionFromEtag } from '../../../lib/api-client';
import { decisionKeys, followUpKeys, meetingKeys } from '../../../lib/query-keys';
import { useStoreMeeting } from '../use-meetings';

/** The limits the API enforces on minutes; checking them here only saves a round trip. */
export const MINUTES_LIMITS = {
  minutes: 100000,
  decision: 4000,
  followUpTitle: 1000,
  comment: 4000,
  note: 2000,
  correctionReason: 2000,
} as const;

export interface SavedMinutes {
  item: AgendaItemView;
  /** The item's version after the save, for the next one's If-Match. */
  version: number;
}

/**
 * Writes an agenda item's minutes based on `version`. Not a mutation hook: the autosave decides
 * itself when to send, and a save started as the page closes must still finish.
 */
export async function writeMinutes(
  partnershipId: string,
  meetingId: string,
  itemId: string,
  version: number,
  minutes: string,
): Promise<SavedMinutes> {
  let etagVersion: number | null = null;
  const item = await unwrap(
    api
      .PUT('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/items/{itemId}', {
        params: {
          path: { partnershipId, meetingId, itemId },
          header: { 'If-Match': ifMatch(version) },
        },
        body: { minutes },
      })
      .then((result) => {
        etagVersion = versionFromEtag(result.response.headers.get('ETag'));
        return result;
      }),
  );
  return { item, version: etagVersion ?? item.version };
}

/**
 * After a change to the minutes: the meeting itself (only it: its attendance and comments stay),
 * and the registers that list decisions and follow-up items across meetings.
 */
function useRefreshMinutes(partnershipId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({
        queryKey: meetingKeys.detail(partnershipId, meetingId),
        exact: true,
      }),
      queryClient.invalidateQueries({ queryKey: decisionKeys.all(partnershipId) }),
      queryClient.invalidateQueries({ queryKey: followUpKeys.all }),
      queryClient.invalidateQueries({ queryKey: followUpKeys.partnership(partnershipId) }),
    ]);
}

const MINUTES = '/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes';

export function useAddDecision(partnershipId: string, meetingId: string) {
  const refresh = useRefreshMinutes(partnershipId, meetingId);
  return useMutation({
    mutationFn: (input: DecisionInput) =>
      unwrap(
        api.POST(`${MINUTES}/decisions`, {
          params: { path: { partnershipId, meetingId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useUpdateDecision(partnershipId: string, meetingId: string) {
  const refresh = useRefreshMinutes(partnershipId, meetingId);
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: DecisionInput }) =>
      unwrap(
        api.PUT(`${MINUTES}/decisions/{decisionId}`, {
          params: {
            path: { partnershipId, meetingId, decisionId: id },
            header: { 'If-Match': ifMatch(version) },
          },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteDecision(partnershipId: string, meetingId: string) {
  const refresh = useRefreshMinutes(partnershipId, meetingId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE(`${MINUTES}/decisions/{decisionId}`, {
          params: {
            path: { partnershipId, meetingId, decisionId: id },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useAddFollowUp(partnershipId: string, meetingId: string) {
  const refresh = useRefreshMinutes(partnershipId, meetingId);
  return useMutation({
    mutationFn: (input: FollowUpInput) =>
      unwrap(
        api.POST(`${MINUTES}/follow-ups`, {
          params: { path: { partnershipId, meetingId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useUpdateFollowUp(partnershipId: string, meetingId: string) {
  const refresh = useRefreshMinutes(partnershipId, meetingId);
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: FollowUpInput }) =>
      unwrap(
        api.PUT(`${MINUTES}/follow-ups/{followUpId}`, {
          params: {
            path: { partnershipId, meetingId, followUpId: id },
            header: { 'If-Match': ifMatch(version) },
          },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteFollowUp(partnershipId: string, meetingId: string) {
  const refresh = useRefreshMinutes(partnershipId, meetingId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE(`${MINUTES}/follow-ups/{followUpId}`, {
          params: {
            path: { partnershipId, meetingId, followUpId: id },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useSendMinutes(partnershipId: string, meetingId: string) {
  const store = useStoreMeeting(partnershipId);
  return useMutation({
    mutationFn: ({ version, commentDeadline }: { version: number; commentDeadline: string }) =>
      unwrap(
        api.POST(`${MINUTES}/send`, {
          params: {
            path: { partnershipId, meetingId },
            header: { 'If-Match': ifMatch(version) },
          },
          body: { commentDeadline },
        }),
      ),
    onSuccess: store,
  });
}

export function useApproveMinutes(partnershipId: string, meetingId: string) {
  const store = useStoreMeeting(partnershipId);
  return useMutation({
    mutationFn: ({ version, atMeeting }: { version: number; atMeeting: boolean }) =>
      unwrap(
        api.POST(`${MINUTES}/approve`, {
          params: {
            path: { partnershipId, meetingId },
            header: { 'If-Match': ifMatch(version) },
          },
          body: atMeeting ? { atMeeting } : {},
        }),
      ),
    onSuccess: store,
  });
}

export function usePublishMinutes(partnershipId: string, meetingId: string) {
  const store = useStoreMeeting(partnershipId);
  return useMutation({
    mutationFn: ({ version }: { version: number }) =>
      unwrap(
        api.POST(`${MINUTES}/publish`, {
          params: {
            path: { partnershipId, meetingId },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: store,
  });
}

/**
 * Reopens published minutes as a draft to correct them, for the `reason` members will read; the
 * published version stays in force until the correction is published.
 */
export function useCorrectMinutes(partnershipId: string, meetingId: string) {
  const store = useStoreMeeting(partnershipId);
  return useMutation({
    mutationFn: ({ version, reason }: { version: number; reason: string }) =>
      unwrap(
        api.POST(`${MINUTES}/correction`, {
          params: {
            path: { partnershipId, meetingId },
            header: { 'If-Match': ifMatch(version) },
          },
          body: { reason },
        }),
      ),
    onSuccess: store,
  });
}

/**
 * Takes minutes out for comments back to a draft, to work the comments in; the draft is then sent
 * again or approved.
 */
export function useReviseMinutes(partnershipId: string, meetingId: string) {
  const store = useStoreMeeting(partnershipId);
  return useMutation({
    mutationFn: ({ version }: { version: number }) =>
      unwrap(
        api.POST(`${MINUTES}/revise`, {
          params: {
            path: { partnershipId, meetingId },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: store,
  });
}

type MinutesStage = Pick<MeetingView, 'minutesStatus' | 'minutesRevisedAt'>;

/** A draft taken back from comments to work them in, until it is sent again or approved. */
export function isRevised(meeting: MinutesStage): boolean {
  return meeting.minutesStatus === 'DRAFT' && meeting.minutesRevisedAt !== null;
}

/**
 * Comments exist once the minutes have been sent; before that there is nothing to ask for. A
 * correction of published minutes starts without them.
 */
export function hasComments(meeting: MinutesStage): boolean {
  return meeting.minutesStatus !== 'DRAFT' || isRevised(meeting);
}

/** The comments are still being worked in: out for comments, or taken back for them. */
export function commentsWorkable(meeting: MinutesStage): boolean {
  return meeting.minutesStatus === 'IN_COMMENT' || isRevised(meeting);
}

/** Marks a comment handled or not; the list shows the comment as the API answers it. */
export function useMarkCommentHandled(partnershipId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, handled }: { id: string; handled: boolean }) => {
      const params = { path: { partnershipId, meetingId, commentId: id } };
      return handled
        ? unwrap(api.PUT(`${MINUTES}/comments/{commentId}/handled`, { params }))
        : unwrap(api.DELETE(`${MINUTES}/comments/{commentId}/handled`, { params }));
    },
    onSuccess: (changed: CommentView) =>
      queryClient.setQueryData<CommentView[]>(
        meetingKeys.comments(partnershipId, meetingId),
        (current) => current?.map((comment) => (comment.id === changed.id ? changed : comment)),
      ),
  });
}

/** The members' comments on the draft minutes, oldest first. */
export function useComments(
  meeting: Pick<MeetingView, 'partnershipId' | 'id' | 'minutesStatus' | 'minutesRevisedAt'>,
) {
  const { partnershipId, id: meetingId } = meeting;
  return useQuery<CommentView[]>({
    queryKey: meetingKeys.comments(partnershipId, meetingId),
    queryFn: () =>
      unwrap(
        api.GET(`${MINUTES}/comments`, {
          params: { path: { partnershipId, meetingId } },
        }),
      ),
    enabled: hasComments(meeting),
  });
}

export function useAddComment(partnershipId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agendaItemId, text }: { agendaItemId: string; text: string }) =>
      unwrap(
        api.POST(`${MINUTES}/comments`, {
          params: { path: { partnershipId, meetingId } },
          body: { agendaItemId, text },
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: meetingKeys.comments(partnershipId, meetingId) }),
  });
}

/** Shows an item as a save of its minutes answered it, without reading the meeting again. */
export function useStoreItem(partnershipId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return (item: AgendaItemView) =>
    queryClient.setQueryData<MeetingView>(
      meetingKeys.detail(partnershipId, meetingId),
      (current) =>
        current
          ? {
              ...current,
              agenda: current.agenda.map((candidate) =>
                candidate.id === item.id ? item : candidate,
              ),
            }
          : current,
    );
}
