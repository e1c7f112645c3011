import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemKind, AgendaItemView, FocusAreaView, MeetingView } from '../../api/types';
import { ConflictAlert } from '../../components/conflict-alert';
import { ProblemAlert } from '../../components/problem-alert';
import { RichText } from '../../components/rich-text';
import { toProblemError } from '../../lib/problem';
import { VersionedDeleteModal } from '../partnerships/versioned-delete-modal';
import { AgendaItemModal } from './agenda-item-modal';
import { TransitionError } from './transition-error';
import {
  useAddAgendaTemplate,
  useDeleteAgendaItem,
  useReorderAgenda,
  useRestoreAgendaItem,
} from './use-meetings';

const HEADING_ID = 'agenda-heading';
const TEMPLATE_HELP_ID = 'agenda-template-help';

type Direction = 'up' | 'down';

/** Outlined badges in dark shades, so their text stays above WCAG AA contrast on white. */
const KIND_COLORS: Record<AgendaItemKind, string> = {
  INFORMATION: 'blue.9',
  DISCUSSION: 'violet.9',
  DECISION: 'teal.9',
};

interface Dialog {
  opened: boolean;
  item: AgendaItemView | null;
  /** A new number for each opening, so the dialog starts from the item as it is then. */
  key: number;
}

const CLOSED: Dialog = { opened: false, item: null, key: 0 };

function moveButtonId(id: string, direction: Direction): string {
  return `agenda-item-${id}-${direction}`;
}

function ItemFacts({ item }: { item: AgendaItemView }) {
  const { t } = useTranslation();
  const facts = [
    item.presenter && { label: t('meetings.agenda.presenter'), value: item.presenter },
    item.durationMinutes !== null && {
      label: t('meetings.agenda.duration'),
      value: t('meetings.agenda.minutes', { count: item.durationMinutes }),
    },
    item.focusArea && {
      label: t('meetings.agenda.focusArea'),
      value: t('meetings.agenda.focusAreaName', {
        number: item.focusArea.number,
        title: item.focusArea.title,
      }),
    },
  ].filter((fact): fact is { label: string; value: string } => Boolean(fact));
  if (facts.length === 0) return null;
  return (
    <Group component="dl" gap="md" m={0}>
      {facts.map((fact) => (
        <Group key={fact.label} gap={4} wrap="nowrap">
          <Text component="dt" size="sm" fw={600}>
            {fact.label}:
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {fact.value}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

interface AgendaSectionProps {
  meeting: MeetingView;
  focusAreas: FocusAreaView[];
  /** Whether the user may change the agenda now (an editor, and the meeting is still open). */
  editable: boolean;
  /** Reads the meeting again; resolves to its newest version, if it could be read. */
  reload: () => Promise<MeetingView | undefined>;
  /** What follows an item's agenda text, such as its minutes. */
  itemFooter?: (item: AgendaItemView) => ReactNode;
}

/**
 * The agenda in order. Editors add items (one by one or the standard ones), change, delete and
 * reorder them; moving keeps the keyboard focus on the moved item and says where it went.
 */
export function AgendaSection({
  meeting,
  focusAreas,
  editable,
  reload,
  itemFooter,
}: AgendaSectionProps) {
  const { t } = useTranslation();
  const { partnershipId, id: meetingId, agenda } = meeting;
  const [form, setForm] = useState<Dialog>(CLOSED);
  const [deletion, setDeletion] = useState<Dialog>(CLOSED);
  const [announcement, setAnnouncement] = useState('');
  const [deleted, setDeleted] = useState<AgendaItemView | null>(null);
  const [reloading, setReloading] = useState(false);
  const reorder = useReorderAgenda(partnershipId, meetingId);
  const template = useAddAgendaTemplate(partnershipId, meetingId);
  const restore = useRestoreAgendaItem(partnershipId, meetingId);
  const pendingFocus = useRef<{ id: string; index: number; direction: Direction } | null>(null);
  const focusUndo = useRef(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const remove = useDeleteAgendaItem(partnershipId, meetingId, (ref) => {
    setDeleted(agenda.find((item) => item.id === ref.id) ?? null);
    focusUndo.current = true;
  });

  // Once the moved item is in its new place, focus its button again (the other one when it
  // reached the top or bottom).
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || agenda[pending.index]?.id !== pending.id) return;
    pendingFocus.current = null;
    const other: Direction = pending.direction === 'up' ? 'down' : 'up';
    const preferred = document.getElementById(moveButtonId(pending.id, pending.direction));
    const fallback = document.getElementById(moveButtonId(pending.id, other));
    const target =
      preferred instanceof HTMLButtonElement && !preferred.disabled ? preferred : fallback;
    target?.focus();
  });

  // The deleted item's buttons are gone, so the focus goes to the undo instead of the page's top.
  useEffect(() => {
    if (!focusUndo.current || deletion.opened || !undoButton.current) return;
    focusUndo.current = false;
    undoButton.current.focus();
  });

  const clearNotices = () => {
    setDeleted(null);
    restore.reset();
  };

  const move = (index: number, direction: Direction) => {
    if (reorder.isPending) return;
    clearNotices();
    const target = direction === 'up' ? index - 1 : index + 1;
    const item = agenda[index];
    const ids = agenda.map((candidate) => candidate.id);
    [ids[index], ids[target]] = [ids[target], ids[index]];
    reorder.mutate(
      { ids, version: meeting.version },
      {
        onSuccess: ({ agenda: result }) => {
          const number = result.find((candidate) => candidate.id === item.id)?.number ?? target + 1;
          pendingFocus.current = { id: item.id, index: target, direction };
          setAnnouncement(t('meetings.agenda.moved', { title: item.title, number }));
        },
      },
    );
  };

  const addTemplate = () => {
    clearNotices();
    template.mutate(undefined, {
      onSuccess: () => setAnnouncement(t('meetings.agenda.templateAdded')),
    });
  };

  const undoDeletion = (item: AgendaItemView) =>
    restore.mutate(item.id, {
      onSuccess: () => {
        setDeleted(null);
        setAnnouncement(t('meetings.agenda.restored', { title: item.title }));
      },
    });

  const reloadAfterConflict = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    reorder.reset();
    template.reset();
  };

  // Someone changed the meeting, or added or removed an item, since the page was loaded.
  const staleOrder =
    reorder.isError &&
    ['validation-failed', 'version-mismatch'].includes(toProblemError(reorder.error).key);

  const reloadItem = async (id: string) =>
    (await reload())?.agenda.find((candidate) => candidate.id === id);

  return (
    <Box component="section" aria-labelledby={HEADING_ID}>
      <Title order={3} id={HEADING_ID} mb="sm">
        {t('meetings.agenda.title')}
      </Title>
      <Stack gap="md">
        {agenda.length === 0 ? (
          <Text c="dimmed">{t('meetings.agenda.empty')}</Text>
        ) : (
          <Box component="ol" pl="xl" m={0} aria-labelledby={HEADING_ID}>
            {agenda.map((item, index) => (
              <Box component="li" key={item.id} value={item.number} mb="lg">
                <Stack gap={6}>
                  <Group gap="xs" align="center">
                    <Title order={4} size="h5">
                      {item.title}
                    </Title>
                    <Badge variant="outline" color={KIND_COLORS[item.kind]} radius="sm">
                      <VisuallyHidden>{t('meetings.agenda.kindLabel')}: </VisuallyHidden>
                      {t(`meetings.agenda.kind.${item.kind}`)}
                    </Badge>
                    {item.changedAfterPublish && (
                      <Badge variant="filled" color="red.9" radius="sm">
                        {t('meetings.agenda.changed')}
                      </Badge>
                    )}
                  </Group>
                  <ItemFacts item={item} />
                  {item.background && <RichText html={item.background} />}
                  {itemFooter?.(item)}
                  {editable && (
                    <Group gap="xs">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('meetings.agenda.editLabel', { title: item.title })}
                        onClick={() => {
                          clearNotices();
                          setForm((current) => ({ opened: true, item, key: current.key + 1 }));
                        }}
                      >
                        {t('meetings.agenda.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('meetings.agenda.deleteLabel', { title: item.title })}
                        onClick={() => {
                          clearNotices();
                          setDeletion((current) => ({ opened: true, item, key: current.key + 1 }));
                        }}
                      >
                        {t('meetings.agenda.delete')}
                      </Button>
                      <Button
                        id={moveButtonId(item.id, 'up')}
                        size="xs"
                        variant="default"
                        aria-label={t('meetings.agenda.moveUpLabel', { title: item.title })}
                        disabled={index === 0}
                        onClick={() => move(index, 'up')}
                      >
                        <span aria-hidden="true" style={{ marginRight: 4 }}>
                          ↑
                        </span>
                        {t('meetings.agenda.moveUp')}
                      </Button>
                      <Button
                        id={moveButtonId(item.id, 'down')}
                        size="xs"
                        variant="default"
                        aria-label={t('meetings.agenda.moveDownLabel', { title: item.title })}
                        disabled={index === agenda.length - 1}
                        onClick={() => move(index, 'down')}
                      >
                        <span aria-hidden="true" style={{ marginRight: 4 }}>
                          ↓
                        </span>
                        {t('meetings.agenda.moveDown')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Box>
            ))}
          </Box>
        )}
        {editable && (
          <>
            <VisuallyHidden role="status">{announcement}</VisuallyHidden>
            {deleted && (
              <Alert variant="light" color="gray" role="status">
                <Group gap="sm" justify="space-between">
                  <Text size="sm">{t('meetings.agenda.deleted', { title: deleted.title })}</Text>
                  <Button
                    ref={undoButton}
                    size="xs"
                    variant="default"
                    aria-label={t('meetings.agenda.undoLabel', { title: deleted.title })}
                    loading={restore.isPending}
                    onClick={() => undoDeletion(deleted)}
                  >
                    {t('meetings.agenda.undo')}
                  </Button>
                </Group>
              </Alert>
            )}
            {restore.isError && <ProblemAlert error={restore.error} />}
            {staleOrder && (
              <ConflictAlert onReload={() => void reloadAfterConflict()} reloading={reloading} />
            )}
            {reorder.isError && !staleOrder && <ProblemAlert error={reorder.error} />}
            {template.isError && (
              <TransitionError
                error={template.error}
                onReload={() => void reloadAfterConflict()}
                reloading={reloading}
              />
            )}
            <Stack gap={4} align="flex-start">
              <Group gap="sm">
                <Button
                  variant="light"
                  onClick={() => {
                    clearNotices();
                    setForm((current) => ({ opened: true, item: null, key: current.key + 1 }));
                  }}
                >
                  {t('meetings.agenda.add')}
                </Button>
                <Button
                  variant="default"
                  aria-describedby={TEMPLATE_HELP_ID}
                  loading={template.isPending}
                  onClick={addTemplate}
                >
                  {t('meetings.agenda.template')}
                </Button>
              </Group>
              <Text size="sm" c="dimmed" id={TEMPLATE_HELP_ID}>
                {t('meetings.agenda.templateHelp')}
              </Text>
            </Stack>
            <AgendaItemModal
              session={form.key}
              partnershipId={partnershipId}
              meetingId={meetingId}
              item={form.item}
              focusAreas={focusAreas}
              reloadItem={reloadItem}
              opened={form.opened}
              onClose={() => setForm((current) => ({ ...current, opened: false }))}
            />
            <VersionedDeleteModal
              item={deletion.item}
              mutation={remove}
              reload={reload}
              opened={deletion.opened}
              onClose={() => setDeletion((current) => ({ ...current, opened: false }))}
              title={t('meetings.agenda.deleteTitle')}
              confirmLabel={t('meetings.agenda.delete')}
            >
              <Text>{t('meetings.agenda.deleteText', { title: deletion.item?.title })}</Text>
            </VersionedDeleteModal>
          </>
        )}
      </Stack>
    </Box>
  );
}
