import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type {
  AgendaItemInput,
  AgendaRecipients,
  AgendaItemView,
  MeetingInput,
  MeetingListQuery,
  MeetingPage,
  MeetingSeriesInput,
  MeetingView,
  MeetingYear,
} from '../../api/types';
import type { paths } from '../../api/schema';
import { api, ifMatch, unwrap, versionFromEtag } from '../../lib/api-client';
import { addDays, todayInCopenhagen } from '../../lib/dates';
import { isUuid } from '../../lib/ids';
import { meetingKeys } from '../../lib/query-keys';

export const MEETING_PAGE_SIZE = 20;

type SuggestionsPath =
  paths['/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-suggestions'];

export type AttachmentView = AgendaItemView['attachments'][number];
export type AgendaSuggestion =
  SuggestionsPath['get']['responses'][200]['content']['application/json'][number];
export type AgendaSuggestionKind = AgendaSuggestion['kind'];

/** Which meetings a list shows: from today on, or before today (newest first). */
export type MeetingListKind = 'upcoming' | 'past';

function listQuery(kind: MeetingListKind, page: number): MeetingListQuery {
  const today = todayInCopenhagen();
  return kind === 'upcoming'
    ? { from: today, sort: 'startsAt', page, size: MEETING_PAGE_SIZE }
    : { to: addDays(today, -1), sort: '-startsAt', page, size: MEETING_PAGE_SIZE };
}

/** One page (zero-based) of the partnership's upcoming or past meetings. */
export function useMeetings(partnershipId: string, kind: MeetingListKind, page: number) {
  return useQuery<MeetingPage>({
    queryKey: meetingKeys.list(partnershipId, kind, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/meetings', {
          params: { path: { partnershipId }, query: listQuery(kind, page) },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * The partnership's meetings from one day to another (both included, in Copenhagen), at most a
 * page of 100: enough for the weeks a series of meetings falls in.
 */
export function useMeetingsBetween(partnershipId: string, from: string, to: string) {
  return useQuery<MeetingPage>({
    queryKey: [...meetingKeys.all(partnershipId), 'between', from, to],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/meetings', {
          params: {
            path: { partnershipId },
            query: { from, to, sort: 'startsAt', page: 0, size: 100 },
          },
        }),
      ),
    enabled: Boolean(from && to),
    placeholderData: keepPreviousData,
  });
}

/** The meetings per calendar year against the agreement's minimum. */
export function useMeetingYears(partnershipId: string) {
  return useQuery<MeetingYear[]>({
    queryKey: meetingKeys.years(partnershipId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/meetings/years', {
          params: { path: { partnershipId } },
        }),
      ),
  });
}

/** One meeting with its agenda; an id that is not a UUID cannot name one, so it is not asked for. */
export function useMeeting(partnershipId: string, meetingId: string) {
  return useQuery<MeetingView>({
    queryKey: meetingKeys.detail(partnershipId, meetingId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}', {
          params: { path: { partnershipId, meetingId } },
        }),
      ),
    enabled: isUuid(meetingId),
  });
}

function refreshAll(queryClient: QueryClient, partnershipId: string) {
  return queryClient.invalidateQueries({ queryKey: meetingKeys.all(partnershipId) });
}

export function useCreateMeeting(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeetingInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/meetings', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: () => refreshAll(queryClient, partnershipId),
  });
}

export function useCreateMeetingSeries(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeetingSeriesInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/meetings/series', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: () => refreshAll(queryClient, partnershipId),
  });
}

/**
 * Shows the meeting as the API answered a change at once; the lists and the yearly counts may
 * have changed with it (a moved or cancelled meeting), so they are read again.
 */
export function useStoreMeeting(partnershipId: string) {
  const queryClient = useQueryClient();
  return (view: MeetingView) => {
    queryClient.setQueryData(meetingKeys.detail(partnershipId, view.id), view);
    return refreshAll(queryClient, partnershipId);
  };
}

/** Changes or moves a meeting, based on the `version` the edit started from. */
export function useUpdateMeeting(partnershipId: string, meetingId: string) {
  const store = useStoreMeeting(partnershipId);
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: MeetingInput }) =>
      unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}', {
          params: {
            path: { partnershipId, meetingId },
            header: { 'If-Match': ifMatch(version) },
          },
          body: input,
        }),
      ),
    onSuccess: store,
  });
}

export function useCancelMeeting(partnershipId: string, meetingId: string) {
  const store = useStoreMeeting(partnershipId);
  return useMutation({
    mutationFn: ({ version, reason }: { version: number; reason: string }) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/cancel', {
          params: {
            path: { partnershipId, meetingId },
            header: { 'If-Match': ifMatch(version) },
          },
          body: reason.trim() ? { reason } : {},
        }),
      ),
    onSuccess: store,
  });
}

export function usePublishAgenda(partnershipId: string, meetingId: string) {
  const store = useStoreMeeting(partnershipId);
  return useMutation({
    mutationFn: ({ version }: { version: number }) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/publish', {
          params: {
            path: { partnershipId, meetingId },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: store,
  });
}

export function useMarkMeetingHeld(partnershipId: string, meetingId: string) {
  const store = useStoreMeeting(partnershipId);
  return useMutation({
    mutationFn: ({ version }: { version: number }) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/held', {
          params: {
            path: { partnershipId, meetingId },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: store,
  });
}

function useRefreshMeeting(partnershipId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: meetingKeys.detail(partnershipId, meetingId) });
}

export function useAddAgendaItem(partnershipId: string, meetingId: string) {
  const refresh = useRefreshMeeting(partnershipId, meetingId);
  return useMutation({
    mutationFn: (input: AgendaItemInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items', {
          params: { path: { partnershipId, meetingId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

/** Changes an agenda item, based on the item's own `version`. */
export function useUpdateAgendaItem(partnershipId: string, meetingId: string) {
  const refresh = useRefreshMeeting(partnershipId, meetingId);
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: AgendaItemInput }) =>
      unwrap(
        api.PUT('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}', {
          params: {
            path: { partnershipId, meetingId, itemId: id },
            header: { 'If-Match': ifMatch(version) },
          },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

/** Deletes an agenda item, based on its `version`; `onDeleted` hears which one, to offer an undo. */
export function useDeleteAgendaItem(
  partnershipId: string,
  meetingId: string,
  onDeleted?: (ref: { id: string; version: number }) => void,
) {
  const refresh = useRefreshMeeting(partnershipId, meetingId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE(
          '/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}',
          {
            params: {
              path: { partnershipId, meetingId, itemId: id },
              header: { 'If-Match': ifMatch(version) },
            },
          },
        ),
      ),
    onSuccess: (_data: unknown, ref: { id: string; version: number }) => {
      onDeleted?.(ref);
      return refresh();
    },
  });
}

/** Brings a deleted agenda item back; it goes last on the agenda. */
export function useRestoreAgendaItem(partnershipId: string, meetingId: string) {
  const refresh = useRefreshMeeting(partnershipId, meetingId);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST(
          '/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}/restore',
          { params: { path: { partnershipId, meetingId, itemId: id } } },
        ),
      ),
    onSuccess: refresh,
  });
}

type AppendPath =
  | '/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/template'
  | '/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/copy-previous';

/** Appends items to the agenda; the answer is the whole agenda, shown before it is read again. */
function useAppendToAgenda(partnershipId: string, meetingId: string, path: AppendPath) {
  const queryClient = useQueryClient();
  const refresh = useRefreshMeeting(partnershipId, meetingId);
  return useMutation({
    mutationFn: () => unwrap(api.POST(path, { params: { path: { partnershipId, meetingId } } })),
    onSuccess: (agenda: AgendaItemView[]) => {
      queryClient.setQueryData<MeetingView>(
        meetingKeys.detail(partnershipId, meetingId),
        (current) => (current ? { ...current, agenda } : current),
      );
      return refresh();
    },
  });
}

/** Appends the standard items. */
export function useAddAgendaTemplate(partnershipId: string, meetingId: string) {
  return useAppendToAgenda(
    partnershipId,
    meetingId,
    '/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/template',
  );
}

/** Appends the items of the previous meeting's agenda. */
export function useCopyPreviousAgenda(partnershipId: string, meetingId: string) {
  return useAppendToAgenda(
    partnershipId,
    meetingId,
    '/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/copy-previous',
  );
}

/** Who the e-mail about the agenda goes to if it is sent now; read when the send dialog opens. */
export function useAgendaRecipients(partnershipId: string, meetingId: string, enabled: boolean) {
  return useQuery<AgendaRecipients>({
    queryKey: meetingKeys.agendaRecipients(partnershipId, meetingId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda/recipients', {
          params: { path: { partnershipId, meetingId } },
        }),
      ),
    enabled,
  });
}

/**
 * Puts the items in the order of `ids` (all of them). The order belongs to the meeting, so the
 * change is based on the meeting's `version` and moves it on. The new order and version are shown
 * at once, from the answer, before the meeting is read again, so that a second move right after
 * the first is not refused as a conflict.
 */
export function useReorderAgenda(partnershipId: string, meetingId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshMeeting(partnershipId, meetingId);
  return useMutation({
    mutationFn: async ({ ids, version }: { ids: string[]; version: number }) => {
      let newVersion: number | null = null;
      const agenda = await unwrap(
        api
          .PUT('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/order', {
            params: {
              path: { partnershipId, meetingId },
              header: { 'If-Match': ifMatch(version) },
            },
            body: { ids },
          })
          .then((result) => {
            newVersion = versionFromEtag(result.response.headers.get('ETag'));
            return result;
          }),
      );
      return { agenda, version: newVersion };
    },
    onSuccess: ({ agenda, version }: { agenda: AgendaItemView[]; version: number | null }) => {
      queryClient.setQueryData<MeetingView>(
        meetingKeys.detail(partnershipId, meetingId),
        (current) =>
          current ? { ...current, agenda, version: version ?? current.version } : current,
      );
      void refresh();
    },
  });
}

/**
 * Shows a change of one item's files at once, with the item's new version from the answer's ETag,
 * so that a second upload or removal right after the first is not refused as a conflict.
 */
function usePatchItem(partnershipId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return (
    itemId: string,
    version: number | null,
    change: (attachments: AttachmentView[]) => AttachmentView[],
  ) =>
    queryClient.setQueryData<MeetingView>(
      meetingKeys.detail(partnershipId, meetingId),
      (current) =>
        current && {
          ...current,
          agenda: current.agenda.map((item) =>
            item.id === itemId
              ? {
                  ...item,
                  attachments: change(item.attachments),
                  version: version ?? item.version,
                }
              : item,
          ),
        },
    );
}

export interface AttachmentUpload {
  itemId: string;
  /** The item's version the upload is based on, for If-Match. */
  version: number;
  file: File;
  /** One of the accepted types; the browser's own guess may be empty or differently spelt. */
  contentType: string;
}

/** Attaches a file to an agenda item, based on the item's `version`. */
export function useUploadAttachment(partnershipId: string, meetingId: string) {
  const patch = usePatchItem(partnershipId, meetingId);
  const refresh = useRefreshMeeting(partnershipId, meetingId);
  return useMutation({
    mutationFn: async ({ itemId, version, file, contentType }: AttachmentUpload) => {
      const bytes = await file.arrayBuffer();
      let newVersion: number | null = null;
      const attachment = await unwrap(
        api
          .POST(
            '/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}/attachments',
            {
              params: {
                path: { partnershipId, meetingId, itemId },
                query: { filename: file.name },
                header: { 'If-Match': ifMatch(version) },
              },
              headers: { 'Content-Type': contentType },
              // The contract types a binary body as a string; the bytes go as they are, not as JSON.
              body: bytes as unknown as string,
              bodySerializer: (body: unknown) => body,
            },
          )
          .then((result) => {
            newVersion = versionFromEtag(result.response.headers.get('ETag'));
            return result;
          }),
      );
      return { attachment, version: newVersion };
    },
    onSuccess: (
      { attachment, version }: { attachment: AttachmentView; version: number | null },
      { itemId }: AttachmentUpload,
    ) => {
      patch(itemId, version, (attachments) => [...attachments, attachment]);
      void refresh();
    },
  });
}

export interface AttachmentRemoval {
  itemId: string;
  /** The item's version the removal is based on, for If-Match. */
  version: number;
  attachment: AttachmentView;
}

/** Removes a file from an agenda item, based on the item's `version`. */
export function useDeleteAttachment(partnershipId: string, meetingId: string) {
  const patch = usePatchItem(partnershipId, meetingId);
  const refresh = useRefreshMeeting(partnershipId, meetingId);
  return useMutation({
    mutationFn: async ({ itemId, version, attachment }: AttachmentRemoval) => {
      let newVersion: number | null = null;
      await unwrap(
        api
          .DELETE(
            '/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}/attachments/{attachmentId}',
            {
              params: {
                path: { partnershipId, meetingId, itemId, attachmentId: attachment.id },
                header: { 'If-Match': ifMatch(version) },
              },
            },
          )
          .then((result) => {
            newVersion = versionFromEtag(result.response.headers.get('ETag'));
            return result;
          }),
      );
      return newVersion;
    },
    onSuccess: (version: number | null, { itemId, attachment }: AttachmentRemoval) => {
      patch(itemId, version, (attachments) =>
        attachments.filter((candidate) => candidate.id !== attachment.id),
      );
      void refresh();
    },
  });
}

/**
 * Open follow-up items due by the meeting and what the previous meeting left undone, for editors
 * while the agenda can still change.
 */
export function useAgendaSuggestions(partnershipId: string, meetingId: string) {
  return useQuery<AgendaSuggestion[]>({
    queryKey: meetingKeys.suggestions(partnershipId, meetingId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-suggestions', {
          params: { path: { partnershipId, meetingId } },
        }),
      ),
  });
}

/**
 * Puts a suggestion last on the agenda. It stays pending until the meeting and the suggestions
 * are read again, so the accepted suggestion cannot be added twice meanwhile.
 */
export function useAcceptAgendaSuggestion(partnershipId: string, meetingId: string) {
  const refresh = useRefreshMeeting(partnershipId, meetingId);
  return useMutation({
    mutationFn: (suggestion: Pick<AgendaSuggestion, 'kind' | 'sourceId'>) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-suggestions', {
          params: { path: { partnershipId, meetingId } },
          body: { kind: suggestion.kind, sourceId: suggestion.sourceId },
        }),
      ),
    onSuccess: () => refresh(),
  });
}
