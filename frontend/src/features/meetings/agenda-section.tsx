import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Menu,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AgendaItemKind, AgendaItemView, FocusAreaView, MeetingView } from '../../api/types';
import { ProblemAlert } from '../../components/problem-alert';
import { ReorderableList, ReorderError } from '../../components/reorderable-list';
import { RichText } from '../../components/rich-text';
import { VersionedDeleteModal } from '../../components/versioned-delete-modal';
import { formatClock } from '../../lib/dates';
import { useDialog } from '../../lib/use-dialog';
import { AgendaItemFiles } from './agenda-item-files';
import { AgendaItemModal } from './agenda-item-modal';
import { agendaTimePlan, hoursAndMinutes, type AgendaTimePlan } from './agenda-time-plan';
import { TransitionError } from './transition-error';
import {
  useAddAgendaTemplate,
  useCopyPreviousAgenda,
  useDeleteAgendaItem,
  useReorderAgenda,
  useRestoreAgendaItem,
} from './use-meetings';

const HEADING_ID = 'agenda-heading';
const TEMPLATE_HELP_ID = 'agenda-template-help';
const COPY_HELP_ID = 'agenda-copy-help';

/** Outlined badges in dark shades, so their text stays above WCAG AA contrast on white. */
const KIND_COLORS: Record<AgendaItemKind, string> = {
  INFORMATION: 'blue.9',
  DISCUSSION: 'violet.9',
  DECISION: 'teal.9',
};

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

/** A length of time as the agenda says it: "1 t 45 min", "2 t", "45 min". */
function formatMinutes(t: TFunction, minutes: number): string {
  const parts = hoursAndMinutes(minutes);
  if (parts.hours === 0) return t('meetings.agenda.plan.minutesOnly', parts);
  if (parts.minutes === 0) return t('meetings.agenda.plan.hoursOnly', parts);
  return t('meetings.agenda.plan.hoursAndMinutes', parts);
}

/** How long the agenda takes against the meeting, with a warning when it runs over. */
function PlanSummary({ plan }: { plan: AgendaTimePlan }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('meetings.agenda.plan.total', {
          agenda: formatMinutes(t, plan.totalMinutes),
          meeting: formatMinutes(t, plan.meetingMinutes),
        })}
      </Text>
      {plan.withoutDuration > 0 && (
        <Text size="sm">
          {t('meetings.agenda.plan.withoutDuration', { count: plan.withoutDuration })}
        </Text>
      )}
      {plan.overrunMinutes > 0 && (
        <Alert variant="light" color="orange" role="status">
          <Text size="sm" c="dark.9">
            {t('meetings.agenda.plan.overrun', { over: formatMinutes(t, plan.overrunMinutes) })}
          </Text>
        </Alert>
      )}
    </Stack>
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
 * The agenda in order, each item with its start time and its files, and how long it takes against
 * the meeting. Editors add items (one by one, the standard ones or those of the previous meeting),
 * change and delete them from each item's menu and reorder them, by dragging or with the move
 * buttons; a move is announced in the live region. Where the agenda cannot change there are no
 * buttons at all.
 */
export function AgendaSection({
  meeting,
  focusAreas,
  editable,
  reload,
  itemFooter,
}: AgendaSectionProps) {
  const { t, i18n } = useTranslation();
  const { partnershipId, id: meetingId, agenda } = meeting;
  const form = useDialog<AgendaItemView>();
  const deletion = useDialog<AgendaItemView>();
  const [announcement, setAnnouncement] = useState('');
  const [deleted, setDeleted] = useState<AgendaItemView | null>(null);
  const [reloading, setReloading] = useState(false);
  const reorder = useReorderAgenda(partnershipId, meetingId);
  const template = useAddAgendaTemplate(partnershipId, meetingId);
  const copy = useCopyPreviousAgenda(partnershipId, meetingId);
  const restore = useRestoreAgendaItem(partnershipId, meetingId);
  const focusUndo = useRef(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const remove = useDeleteAgendaItem(partnershipId, meetingId, (ref) => {
    setDeleted(agenda.find((item) => item.id === ref.id) ?? null);
    focusUndo.current = true;
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
    copy.reset();
  };

  const saveOrder = (ids: string[], onSaved: (saved: AgendaItemView[]) => void) => {
    clearNotices();
    reorder.mutate(
      { ids, version: meeting.version },
      { onSuccess: ({ agenda: saved }) => onSaved(saved) },
    );
  };

  const addTemplate = () => {
    clearNotices();
    template.mutate(undefined, {
      onSuccess: () => setAnnouncement(t('meetings.agenda.templateAdded')),
    });
  };

  const copyPrevious = () => {
    clearNotices();
    copy.mutate(undefined, {
      onSuccess: () => setAnnouncement(t('meetings.agenda.copied')),
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
    copy.reset();
  };

  // Files may still be added after the meeting, for instance the slides shown, until the minutes
  // are published; the API refuses them for a cancelled meeting.
  const filesEditable =
    meeting.canEdit && meeting.status !== 'CANCELLED' && meeting.minutesStatus !== 'PUBLISHED';

  const plan = agendaTimePlan(meeting.startsAt, meeting.durationMinutes, agenda);
  const startOf = new Map(plan.items.map((planned) => [planned.id, planned]));

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
          <ReorderableList
            items={agenda}
            aria-labelledby={HEADING_ID}
            idPrefix="agenda-item"
            itemName={(item) => item.title}
            gap="lg"
            editable={editable}
            saving={reorder.isPending}
            onReorder={saveOrder}
            onMoved={(item, number) =>
              setAnnouncement(t('meetings.agenda.moved', { title: item.title, number }))
            }
          >
            {(item, moveButtons) => (
              <Stack gap={6}>
                <Group gap="xs" align="center">
                  <Text
                    size="sm"
                    fw={600}
                    c="dark.9"
                    style={{ fontVariantNumeric: 'tabular-nums' }}
                  >
                    <time dateTime={startOf.get(item.id)?.startsAt}>
                      {t('meetings.agenda.startsAt', {
                        time: formatClock(
                          new Date(startOf.get(item.id)?.startsAt ?? meeting.startsAt),
                          i18n.language,
                        ),
                      })}
                    </time>
                  </Text>
                  <Title order={4} size="h5">
                    {item.title}
                  </Title>
                  <Badge variant="outline" color={KIND_COLORS[item.kind]} radius="sm">
                    <VisuallyHidden>{t('meetings.agenda.kindLabel')}: </VisuallyHidden>
                    {t(`meetings.agenda.kind.${item.kind}`)}
                  </Badge>
                  {item.durationMinutes === null && (
                    <Badge variant="outline" color="gray.8" radius="sm">
                      {t('meetings.agenda.withoutDuration')}
                    </Badge>
                  )}
                  {item.changedAfterPublish && (
                    <Badge variant="filled" color="red.9" radius="sm">
                      {t('meetings.agenda.changed')}
                    </Badge>
                  )}
                </Group>
                <ItemFacts item={item} />
                {item.background && <RichText html={item.background} />}
                <AgendaItemFiles
                  partnershipId={partnershipId}
                  meetingId={meetingId}
                  item={item}
                  editable={filesEditable}
                  reload={reload}
                />
                {itemFooter?.(item)}
                {editable && (
                  <Group gap="xs">
                    <Menu position="bottom-start">
                      <Menu.Target>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('meetings.agenda.actionsLabel', { number: item.number })}
                          rightSection={<span aria-hidden="true">▾</span>}
                        >
                          {t('meetings.agenda.actions')}
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          onClick={() => {
                            clearNotices();
                            form.open(item);
                          }}
                        >
                          {t('meetings.agenda.edit')}
                        </Menu.Item>
                        <Menu.Item
                          color="red.9"
                          onClick={() => {
                            clearNotices();
                            deletion.open(item);
                          }}
                        >
                          {t('meetings.agenda.delete')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                    {moveButtons}
                  </Group>
                )}
              </Stack>
            )}
          </ReorderableList>
        )}
        {agenda.length > 0 && <PlanSummary plan={plan} />}
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
            {reorder.isError && (
              <ReorderError
                error={reorder.error}
                onReload={() => void reloadAfterConflict()}
                reloading={reloading}
              />
            )}
            {template.isError && (
              <TransitionError
                error={template.error}
                onReload={() => void reloadAfterConflict()}
                reloading={reloading}
              />
            )}
            {copy.isError && (
              <TransitionError
                error={copy.error}
                onReload={() => void reloadAfterConflict()}
                reloading={reloading}
                refusedMessage={t('meetings.agenda.copyRefused')}
              />
            )}
            <Stack gap={4} align="flex-start">
              <Group gap="sm">
                <Button
                  variant="light"
                  onClick={() => {
                    clearNotices();
                    form.open(null);
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
                {/* Offered on an empty agenda only: a second copy would repeat every item. */}
                {agenda.length === 0 && (
                  <Button
                    variant="default"
                    aria-describedby={COPY_HELP_ID}
                    loading={copy.isPending}
                    onClick={copyPrevious}
                  >
                    {t('meetings.agenda.copyPrevious')}
                  </Button>
                )}
              </Group>
              <Text size="sm" c="dimmed" id={TEMPLATE_HELP_ID}>
                {t('meetings.agenda.templateHelp')}
              </Text>
              {agenda.length === 0 && (
                <Text size="sm" c="dimmed" id={COPY_HELP_ID}>
                  {t('meetings.agenda.copyPreviousHelp')}
                </Text>
              )}
            </Stack>
            <AgendaItemModal
              session={form.session}
              partnershipId={partnershipId}
              meetingId={meetingId}
              item={form.subject}
              focusAreas={focusAreas}
              reloadItem={reloadItem}
              opened={form.opened}
              onClose={() => form.close()}
            />
            <VersionedDeleteModal
              item={deletion.subject}
              mutation={remove}
              reload={reload}
              opened={deletion.opened}
              onClose={() => deletion.close()}
              title={t('meetings.agenda.deleteTitle')}
              confirmLabel={t('meetings.agenda.delete')}
            >
              <Text>{t('meetings.agenda.deleteText', { title: deletion.subject?.title })}</Text>
            </VersionedDeleteModal>
          </>
        )}
      </Stack>
    </Box>
  );
}
