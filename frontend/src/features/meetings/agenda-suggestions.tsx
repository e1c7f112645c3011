import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../api/types';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDate, formatDayOf } from '../../lib/dates';
import { toProblemError } from '../../lib/problem';
import { TransitionError } from './transition-error';
import {
  useAcceptAgendaSuggestion,
  useAgendaSuggestions,
  type AgendaSuggestion,
  type AgendaSuggestionKind,
} from './use-meetings';

const HEADING_ID = 'agenda-suggestions-heading';

/** Outlined badges in dark shades, so their text stays above WCAG AA contrast on white. */
const KIND_COLORS: Record<AgendaSuggestionKind, string> = {
  FOLLOW_UP: 'indigo.9',
  CARRIED_OVER: 'orange.9',
};

/** Whether the suggestion is no longer one: someone put it on the agenda or closed it meanwhile. */
function isStale(error: unknown): boolean {
  const problem = toProblemError(error);
  return (
    problem.key === 'validation-failed' &&
    (problem.problem?.violations ?? []).some((violation) => violation.field === 'sourceId')
  );
}

function SuggestionFacts({ suggestion }: { suggestion: AgendaSuggestion }) {
  const { t, i18n } = useTranslation();
  const meeting = suggestion.sourceMeetingTitle;
  const date = formatDayOf(suggestion.sourceMeetingStartsAt, i18n.language);
  if (suggestion.kind === 'CARRIED_OVER') {
    return (
      <Text size="sm">{t('meetings.agenda.suggestions.notDealtWith', { meeting, date })}</Text>
    );
  }
  return (
    <Stack gap={2}>
      <Group gap="xs" align="center">
        {suggestion.responsible && (
          <Text size="sm">{t('followUps.responsible', { names: suggestion.responsible })}</Text>
        )}
        <Text size="sm">
          {suggestion.dueDate
            ? t('followUps.due', { date: formatDate(suggestion.dueDate, i18n.language) })
            : t('followUps.noDue')}
        </Text>
        {suggestion.overdue && (
          <Badge variant="filled" color="red.9" radius="sm">
            {t('followUps.overdue')}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('meetings.agenda.suggestions.agreedAt', { meeting, date })}
      </Text>
    </Stack>
  );
}

interface AcceptErrorProps {
  error: unknown;
  /** Reads the meeting and the suggestions again. */
  onReload: () => void;
  reloading: boolean;
}

/**
 * Why a suggestion was not put on the agenda: it is no longer one, the meeting changed, or the
 * agenda is full; the first two are put right by reading both again.
 */
function AcceptError({ error, onReload, reloading }: AcceptErrorProps) {
  const { t } = useTranslation();
  const title = t('meetings.agenda.suggestions.acceptFailed');
  if (isStale(error)) {
    return (
      <Alert variant="outline" color="red.9" title={title}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('meetings.agenda.suggestions.stale')}</Text>
          <Button size="sm" onClick={onReload} loading={reloading}>
            {t('conflict.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (toProblemError(error).key === 'validation-failed') {
    const fieldLabel = (field: string) =>
      field === 'agenda' ? t('meetings.agenda.title') : undefined;
    return <ProblemAlert error={error} title={title} fieldLabel={fieldLabel} />;
  }
  return <TransitionError error={error} onReload={onReload} reloading={reloading} />;
}

interface AgendaSuggestionsProps {
  meeting: MeetingView;
  /** Reads the meeting again, after a suggestion could not be taken. */
  reload: () => Promise<unknown>;
}

/**
 * What may belong on the agenda, for editors while it can still change: open follow-up items due
 * by the meeting's day, and what the previous meeting did not deal with. Each is put last on the
 * agenda with one press; it then leaves the list.
 */
export function AgendaSuggestions({ meeting, reload }: AgendaSuggestionsProps) {
  const { t } = useTranslation();
  const { partnershipId, id: meetingId } = meeting;
  const query = useAgendaSuggestions(partnershipId, meetingId);
  const accept = useAcceptAgendaSuggestion(partnershipId, meetingId);
  const [announcement, setAnnouncement] = useState('');
  const [reloading, setReloading] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingId = accept.isPending ? accept.variables?.sourceId : undefined;

  const put = (suggestion: AgendaSuggestion) => {
    if (accept.isPending) return;
    setAnnouncement('');
    accept.mutate(suggestion, {
      onSuccess: (item) => {
        setAnnouncement(
          t('meetings.agenda.suggestions.added', { title: item.title, number: item.number }),
        );
        // The pressed button left with its suggestion, so the focus stays in the panel.
        heading.current?.focus();
      },
    });
  };

  const reloadAfterFailure = async () => {
    setReloading(true);
    await Promise.all([reload(), query.refetch()]);
    setReloading(false);
    accept.reset();
  };

  const content = () => {
    if (query.isPending) {
      return <LoadingState label={t('meetings.agenda.suggestions.loading')} />;
    }
    if (query.isError) {
      return (
        <ProblemAlert
          error={query.error}
          title={t('meetings.agenda.suggestions.loadFailed')}
          onRetry={() => void query.refetch()}
        />
      );
    }
    if (query.data.length === 0) {
      return <Text c="dimmed">{t('meetings.agenda.suggestions.empty')}</Text>;
    }
    return (
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {query.data.map((suggestion) => {
          const pending = pendingId === suggestion.sourceId;
          return (
            <Paper
              component="li"
              key={`${suggestion.kind}-${suggestion.sourceId}`}
              withBorder
              p="sm"
            >
              <Stack gap={6} align="flex-start">
                <Badge variant="outline" color={KIND_COLORS[suggestion.kind]} radius="sm">
                  {t(`meetings.agenda.suggestions.kind.${suggestion.kind}`)}
                </Badge>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {suggestion.title}
                </Text>
                <SuggestionFacts suggestion={suggestion} />
                {/* Not `loading`: that disables the button, and a keyboard user would lose their place. */}
                <Button
                  size="xs"
                  variant="light"
                  aria-label={t('meetings.agenda.suggestions.acceptLabel', {
                    title: suggestion.title,
                  })}
                  leftSection={pending ? <Loader size={12} aria-hidden="true" /> : undefined}
                  data-disabled={accept.isPending || undefined}
                  aria-disabled={accept.isPending || undefined}
                  onClick={() => put(suggestion)}
                >
                  {t('meetings.agenda.suggestions.accept')}
                </Button>
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    );
  };

  return (
    <Box component="section" aria-labelledby={HEADING_ID}>
      <Title order={3} id={HEADING_ID} ref={heading} tabIndex={-1} mb={4}>
        {t('meetings.agenda.suggestions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('meetings.agenda.suggestions.intro')}
      </Text>
      <Stack gap="sm">
        {accept.isError && (
          <AcceptError
            error={accept.error}
            onReload={() => void reloadAfterFailure()}
            reloading={reloading}
          />
        )}
        {content()}
        <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      </Stack>
    </Box>
  );
}
