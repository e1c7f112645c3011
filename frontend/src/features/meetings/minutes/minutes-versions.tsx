import { Alert, Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../api/types';
import { LoadingState } from '../../../components/loading-state';
import { PlainText } from '../../../components/plain-text';
import { ProblemAlert } from '../../../components/problem-alert';
import { RichText } from '../../../components/rich-text';
import { formatDateTime } from '../../../lib/dates';
import {
  useMinutesVersion,
  useMinutesVersions,
  type MinutesChange,
  type MinutesSnapshotItem,
  type MinutesVersionSummary,
} from './use-minutes-versions';

const HEADING_ID = 'minutes-versions-heading';

const TEXT_STYLE = { whiteSpace: 'pre-line', overflowWrap: 'anywhere' } as const;

/** The reason as a sentence of its own, whether or not its writer ended it with a full stop. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Whether published minutes are reopened as a draft, the published version still in force. */
function beingCorrected(meeting: MeetingView): boolean {
  return meeting.minutesStatus !== 'PUBLISHED' && meeting.minutesVersion > 0;
}

/**
 * Whether the viewer reads the published minutes only (observers, integrations): while a
 * correction is drafted they see no minutes under the agenda, nor why they are corrected, so the
 * version in force is what they read.
 */
function readsPublishedOnly(meeting: MeetingView): boolean {
  return beingCorrected(meeting) && meeting.minutesCorrectionReason === null;
}

/**
 * Says, while published minutes are reopened, that they are being corrected and that the published
 * version still stands. Members also read why; for them the minutes shown under the agenda are the
 * unfinished correction, while the others are pointed to the published version.
 */
export function CorrectionNotice({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  if (!beingCorrected(meeting)) return null;
  return (
    <Alert variant="outline" color="blue.9" role="status" maw="48rem">
      <Text size="sm" style={TEXT_STYLE}>
        {meeting.minutesCorrectionReason === null
          ? t('minutes.correction.readerNotice', { version: meeting.minutesVersion })
          : t('minutes.correction.notice', {
              reason: asSentence(meeting.minutesCorrectionReason),
              version: meeting.minutesVersion,
            })}
      </Text>
    </Alert>
  );
}

/**
 * Every published version of the minutes, the newest in force; each opens to show the minutes as
 * published then and, after a correction, what it changed against the version before.
 */
export function MinutesVersions({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const query = useMinutesVersions(meeting);
  // A reader who may not see the correction starts with the version in force open.
  const [selected, setSelected] = useState<number | null>(() =>
    readsPublishedOnly(meeting) ? meeting.minutesVersion : null,
  );
  if (meeting.minutesVersion < 1) return null;

  return (
    <Box component="section" aria-labelledby={HEADING_ID}>
      <Title order={3} id={HEADING_ID} mb="sm">
        {t('minutes.versions.title')}
      </Title>
      {query.isPending ? (
        <LoadingState label={t('minutes.versions.loading')} />
      ) : query.isError ? (
        <ProblemAlert
          error={query.error}
          title={t('minutes.versions.loadFailed')}
          onRetry={() => void query.refetch()}
        />
      ) : query.data.length === 0 ? (
        <Text>{t('minutes.versions.empty')}</Text>
      ) : (
        <Stack
          component="ul"
          aria-labelledby={HEADING_ID}
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {query.data.map((version, index) => (
            <VersionEntry
              key={version.number}
              meeting={meeting}
              version={version}
              current={index === query.data.length - 1}
              expanded={selected === version.number}
              onToggle={() =>
                setSelected((shown) => (shown === version.number ? null : version.number))
              }
            />
          ))}
        </Stack>
      )}
    </Box>
  );
}

interface VersionEntryProps {
  meeting: MeetingView;
  version: MinutesVersionSummary;
  /** The newest version, the one in force. */
  current: boolean;
  expanded: boolean;
  onToggle: () => void;
}

function VersionEntry({ meeting, version, current, expanded, onToggle }: VersionEntryProps) {
  const { t, i18n } = useTranslation();
  const panelId = useId();
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Group gap="xs" align="center">
          <Text fw={500}>
            {t('minutes.versions.summary', {
              number: version.number,
              date: formatDateTime(version.publishedAt, i18n.language),
              name: version.publishedBy,
            })}
          </Text>
          {current && (
            <Badge variant="outline" color="teal.9" radius="sm">
              {t('minutes.versions.current')}
            </Badge>
          )}
        </Group>
        {version.reason && (
          <PlainText size="sm">
            {t('minutes.versions.reason', { reason: version.reason })}
          </PlainText>
        )}
        <div>
          <Button
            variant="default"
            size="xs"
            aria-expanded={expanded}
            aria-controls={panelId}
            onClick={onToggle}
          >
            {t('minutes.versions.show', { number: version.number })}
          </Button>
        </div>
        <div id={panelId} hidden={!expanded}>
          {expanded && (
            <VersionDetails
              partnershipId={meeting.partnershipId}
              meetingId={meeting.id}
              number={version.number}
            />
          )}
        </div>
      </Stack>
    </Paper>
  );
}

interface VersionDetailsProps {
  partnershipId: string;
  meetingId: string;
  number: number;
}

function VersionDetails({ partnershipId, meetingId, number }: VersionDetailsProps) {
  const { t } = useTranslation();
  const query = useMinutesVersion(partnershipId, meetingId, number);
  if (query.isPending) {
    return <LoadingState label={t('minutes.versions.versionLoading', { number })} />;
  }
  if (query.isError) {
    return (
      <ProblemAlert
        error={query.error}
        title={t('minutes.versions.versionFailed', { number })}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const version = query.data;
  return (
    <Stack gap="md" pt="xs">
      {number > 1 && <Changes changes={version.changes} previous={number - 1} />}
      <Box>
        <Title order={4} size="h5" mb="xs">
          {t('minutes.versions.contentTitle', { number })}
        </Title>
        {version.items.length === 0 ? (
          <Text size="sm">{t('minutes.versions.noItems')}</Text>
        ) : (
          <Stack gap="sm">
            {version.items.map((item) => (
              <SnapshotItem key={item.agendaItemId} item={item} />
            ))}
          </Stack>
        )}
      </Box>
    </Stack>
  );
}

/** The changes grouped under the item they were made to, in the order the API gives them. */
function byItem(
  changes: MinutesChange[],
): { id: string; title: string; changes: MinutesChange[] }[] {
  const groups = new Map<string, { id: string; title: string; changes: MinutesChange[] }>();
  for (const change of changes) {
    const group = groups.get(change.agendaItemId);
    if (group) {
      group.changes.push(change);
    } else {
      groups.set(change.agendaItemId, {
        id: change.agendaItemId,
        title: change.itemTitle,
        changes: [change],
      });
    }
  }
  return [...groups.values()];
}

function Changes({ changes, previous }: { changes: MinutesChange[]; previous: number }) {
  const { t } = useTranslation();
  const groups = byItem(changes);
  return (
    <Box>
      <Title order={4} size="h5" mb="xs">
        {t('minutes.versions.changesTitle', { number: previous })}
      </Title>
      {groups.length === 0 ? (
        <Text size="sm">{t('minutes.versions.noChanges', { number: previous })}</Text>
      ) : (
        <Stack gap="sm">
          {groups.map((group) => (
            <Box key={group.id}>
              <Title order={5} size="h6">
                {group.title}
              </Title>
              <Box component="ul" pl="lg" my={4}>
                {group.changes.map((change, index) => (
                  <li key={index}>
                    <ChangeEntry change={change} />
                  </li>
                ))}
              </Box>
            </Box>
          ))}
        </Stack>
      )}
    </Box>
  );
}

/*
 * Removed text is struck through and added text underlined, each on a tinted background, and
 * every change is named in words first, so none of it rests on colour alone.
 */
function Removed({ children }: { children: ReactNode }) {
  return (
    <Box
      component="del"
      display="block"
      px={4}
      style={{ ...TEXT_STYLE, backgroundColor: 'var(--mantine-color-red-0)' }}
    >
      {children}
    </Box>
  );
}

function Added({ children }: { children: ReactNode }) {
  return (
    <Box
      component="ins"
      display="block"
      px={4}
      style={{ ...TEXT_STYLE, backgroundColor: 'var(--mantine-color-green-0)' }}
    >
      {children}
    </Box>
  );
}

function ChangeEntry({ change }: { change: MinutesChange }) {
  const { t } = useTranslation();
  const label = <Text fw={500}>{t(`minutes.versions.change.${change.kind}`)}</Text>;
  if (change.kind === 'MINUTES_CHANGED') {
    const empty = <Text fs="italic">{t('minutes.versions.noMinutes')}</Text>;
    return (
      <Stack gap={4}>
        {label}
        <Box component="dl" m={0}>
          <Text component="dt" size="sm" fw={500}>
            {t('minutes.versions.before')}
          </Text>
          <Box component="dd" m={0} mb={4}>
            {change.before ? <Removed>{change.before}</Removed> : empty}
          </Box>
          <Text component="dt" size="sm" fw={500}>
            {t('minutes.versions.after')}
          </Text>
          <Box component="dd" m={0}>
            {change.after ? <Added>{change.after}</Added> : empty}
          </Box>
        </Box>
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      {label}
      {change.before && <Removed>{change.before}</Removed>}
      {change.after && <Added>{change.after}</Added>}
    </Stack>
  );
}

function SnapshotItem({ item }: { item: MinutesSnapshotItem }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0">
      <Stack gap="xs">
        <Title order={5} size="h6">
          {t('minutes.versions.itemTitle', { number: item.number, title: item.title })}
        </Title>
        {item.minutes ? (
          <RichText html={item.minutes} />
        ) : (
          <Text size="sm" fs="italic">
            {t('minutes.versions.noMinutes')}
          </Text>
        )}
        <TextList title={t('minutes.item.decisions')} texts={item.decisions} />
        <TextList title={t('minutes.item.followUps')} texts={item.followUps} />
      </Stack>
    </Paper>
  );
}

function TextList({ title, texts }: { title: string; texts: string[] }) {
  if (texts.length === 0) return null;
  return (
    <Box>
      <Title order={6}>{title}</Title>
      <Box component="ul" pl="lg" my={4}>
        {texts.map((text, index) => (
          <li key={index}>
            <PlainText size="sm">{text}</PlainText>
          </li>
        ))}
      </Box>
    </Box>
  );
}
