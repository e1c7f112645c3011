import { Button, Group, Loader, Stack, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../api/types';
import { ProblemAlert } from '../../components/problem-alert';
import { api } from '../../lib/api-client';
import { copenhagenDateAndTime } from '../../lib/dates';
import { fetchFile, saveFile, type FetchedFile } from '../../lib/download';

type DownloadKind = 'agenda' | 'minutes' | 'calendar';

/** The names the API gives the files, for when its Content-Disposition cannot be read. */
function fallbackName(kind: DownloadKind, meeting: MeetingView): string {
  if (kind === 'calendar') return `${meeting.title}.ics`;
  const day = copenhagenDateAndTime(meeting.startsAt)?.date ?? '';
  const prefix = kind === 'agenda' ? 'Dagsorden' : 'Referat';
  return `${[prefix, meeting.title, day].filter(Boolean).join(' ')}.pdf`;
}

function fetchMeetingFile(kind: DownloadKind, meeting: MeetingView): Promise<FetchedFile> {
  const params = { path: { partnershipId: meeting.partnershipId, meetingId: meeting.id } };
  const fallback = fallbackName(kind, meeting);
  switch (kind) {
    case 'agenda':
      return fetchFile(
        api.GET('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda.pdf', {
          params,
          parseAs: 'blob',
        }),
        fallback,
      );
    case 'minutes':
      return fetchFile(
        api.GET('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes.pdf', {
          params,
          parseAs: 'blob',
        }),
        fallback,
      );
    case 'calendar':
      return fetchFile(
        api.GET('/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/calendar.ics', {
          params,
          parseAs: 'blob',
        }),
        fallback,
      );
  }
}

function useMeetingDownload(kind: DownloadKind, meeting: MeetingView) {
  return useMutation({
    mutationFn: () => fetchMeetingFile(kind, meeting),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}

/**
 * The meeting's documents for anyone who can see it: the agenda once it has items, the minutes
 * once the meeting is held, and the meeting as a calendar file. They are fetched with the user's
 * token, so a plain link would not do.
 */
export function MeetingDownloads({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const agenda = useMeetingDownload('agenda', meeting);
  const minutes = useMeetingDownload('minutes', meeting);
  const calendar = useMeetingDownload('calendar', meeting);
  const hasAgenda = meeting.agenda.length > 0;
  const held = meeting.status === 'HELD';
  // A cancelled meeting does not belong in anyone's calendar; the feed takes it out of theirs.
  const inCalendar = meeting.status !== 'CANCELLED';
  const downloads = [
    { kind: 'agenda', shown: hasAgenda, mutation: agenda },
    { kind: 'minutes', shown: held, mutation: minutes },
    { kind: 'calendar', shown: inCalendar, mutation: calendar },
  ] as const;
  const shown = downloads.filter((download) => download.shown);
  if (shown.length === 0) return null;
  const pending = shown.find((download) => download.mutation.isPending);

  return (
    <Stack gap="xs" align="flex-start">
      <Group gap="sm">
        {shown.map(({ kind, mutation }) => (
          // Not `loading`: that disables the button, and a keyboard user would lose their place.
          <Button
            key={kind}
            variant="default"
            size="sm"
            leftSection={mutation.isPending ? <Loader size={14} aria-hidden="true" /> : undefined}
            data-disabled={mutation.isPending || undefined}
            aria-disabled={mutation.isPending || undefined}
            onClick={() => {
              if (!mutation.isPending) mutation.mutate();
            }}
          >
            {t(`meetings.downloads.${kind}`)}
          </Button>
        ))}
      </Group>
      <VisuallyHidden role="status">
        {pending ? t(`meetings.downloads.${pending.kind}Pending`) : ''}
      </VisuallyHidden>
      {shown
        .filter(({ mutation }) => mutation.isError)
        .map(({ kind, mutation }) => (
          <ProblemAlert
            key={kind}
            error={mutation.error}
            title={t(`meetings.downloads.${kind}Failed`)}
            onRetry={() => mutation.mutate()}
          />
        ))}
    </Stack>
  );
}
