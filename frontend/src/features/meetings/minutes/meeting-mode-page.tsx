import {
  Anchor,
  Box,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { AgendaItemView, MeetingView } from '../../../api/types';
import { paths } from '../../../app/paths';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { ProblemAlert } from '../../../components/problem-alert';
import { RichText } from '../../../components/rich-text';
import { formatDayOf, formatMeetingTime } from '../../../lib/dates';
import { isUuid } from '../../../lib/ids';
import { isMalformedPathParameter, toProblemError } from '../../../lib/problem';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { useDialog } from '../../../lib/use-dialog';
import { dayHasCome } from '../meeting-day';
import { MeetingStatusBadge } from '../meeting-status-badge';
import { TransitionModal } from '../transition-modal';
import { useMarkMeetingHeld, useMeeting } from '../use-meetings';
import { PresenceRegister } from '../attendance/presence-register';
import { DecisionsEditor } from './decisions-editor';
import { FollowUpsEditor } from './follow-ups-editor';
import { ItemComments, UnhandledCount, unhandledCount } from './item-comments';
import { MinutesEditor } from './minutes-editor';
import { hasComments, useComments, useReviseMinutes } from './use-minutes';

/** The URL parameter with the number of the agenda item shown (`?punkt=3`). */
const ITEM_PARAM = 'punkt';
const ITEMS_NAV_ID = 'meeting-mode-items';

function itemHeadingId(item: AgendaItemView): string {
  return `meeting-mode-item-${item.id}`;
}

function BackLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={to}>
      <span aria-hidden="true">← </span>
      {t('minutes.mode.back')}
    </Anchor>
  );
}

/** A missing meeting, one in another partnership and a malformed id all look the same. */
function isMissing(error: unknown): boolean {
  const problem = toProblemError(error);
  return problem.key === 'not-found' || isMalformedPathParameter(problem, 'meetingId');
}

/**
 * Meeting mode: the secretariat writes the minutes during the meeting, one agenda item at a
 * time. The items are a list of links to jump between; each item's minutes save themselves, and
 * its decisions and follow-up items are recorded beside them.
 */
export function MeetingModePage() {
  const { t, i18n } = useTranslation();
  const { partnership } = usePartnershipContext();
  const { meetingId = '' } = useParams();
  const query = useMeeting(partnership.id, meetingId);
  const back = paths.meeting(partnership.id, meetingId);
  const notFound = !isUuid(meetingId) || (query.isError && isMissing(query.error));
  const pageTitle = (title: string) =>
    t('minutes.mode.pageTitle', { title, name: partnership.name });

  if (notFound) {
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle title={pageTitle(t('meetings.meeting.notFoundTitle'))} />
        <Title order={2}>{t('meetings.meeting.notFoundTitle')}</Title>
        <Text>{t('meetings.meeting.notFound')}</Text>
      </Stack>
    );
  }
  if (query.isPending) {
    return (
      <>
        <PageTitle title={pageTitle(t('meetings.meeting.fallbackTitle'))} />
        <LoadingState label={t('meetings.meeting.loading')} />
      </>
    );
  }
  if (!query.data) {
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle title={pageTitle(t('meetings.meeting.fallbackTitle'))} />
        <BackLink to={back} />
        <Title order={2}>{t('minutes.mode.title')}</Title>
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }

  const meeting = query.data;
  const closedReason = !meeting.canEdit
    ? t('minutes.mode.forbidden')
    : meeting.status === 'CANCELLED'
      ? t('minutes.mode.cancelled')
      : !dayHasCome(meeting)
        ? t('minutes.mode.notYet', { date: formatDayOf(meeting.startsAt, i18n.language) })
        : meeting.minutesStatus !== 'DRAFT'
          ? t('minutes.mode.notDraft')
          : meeting.agenda.length === 0
            ? t('minutes.mode.noItems')
            : null;

  if (closedReason) {
    const revisable =
      meeting.canEdit && meeting.status !== 'CANCELLED' && meeting.minutesStatus === 'IN_COMMENT';
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle title={pageTitle(meeting.title)} />
        <BackLink to={back} />
        <Title order={2}>{t('minutes.mode.title')}</Title>
        <Text>{revisable ? t('minutes.mode.inComment') : closedReason}</Text>
        {revisable && (
          <ReviseButton meeting={meeting} reload={async () => (await query.refetch()).data} />
        )}
      </Stack>
    );
  }

  return (
    <>
      <PageTitle title={pageTitle(meeting.title)} />
      <MeetingMode
        meeting={meeting}
        back={back}
        reload={async () => (await query.refetch()).data}
      />
    </>
  );
}

/** Takes minutes out for comments back to a draft here, so meeting mode opens on them. */
function ReviseButton({
  meeting,
  reload,
}: {
  meeting: MeetingView;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const dialog = useDialog<number>();
  const revise = useReviseMinutes(meeting.partnershipId, meeting.id);
  return (
    <>
      <Button onClick={() => dialog.open(meeting.version)}>{t('minutes.revise.start')}</Button>
      <TransitionModal
        opened={dialog.opened}
        onClose={dialog.close}
        reload={reload}
        version={dialog.subject ?? meeting.version}
        mutation={revise}
        title={t('minutes.revise.start')}
        confirmLabel={t('minutes.revise.confirm')}
        refusedMessage={t('minutes.revise.refused')}
      >
        <Text>{t('minutes.revise.text')}</Text>
      </TransitionModal>
    </>
  );
}

const ATTENDANCE_ID = 'meeting-mode-attendance';

interface MeetingModeProps {
  meeting: MeetingView;
  back: string;
  reload: () => Promise<MeetingView | undefined>;
}

function MeetingMode({ meeting, back, reload }: MeetingModeProps) {
  const { t, i18n } = useTranslation();
  const { partnership } = usePartnershipContext();
  const [searchParams, setSearchParams] = useSearchParams();
  const [announcement, setAnnouncement] = useState('');
  /** About the meeting's version when it opened: marking it held is based on what the user saw. */
  const held = useDialog<number>();
  const markHeld = useMarkMeetingHeld(meeting.partnershipId, meeting.id);
  const agenda = meeting.agenda;
  const requested = Number(searchParams.get(ITEM_PARAM));
  const index =
    Number.isInteger(requested) && requested >= 1 && requested <= agenda.length ? requested - 1 : 0;
  const current = agenda[index];
  const focusPending = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStatus = useRef(meeting.status);
  const parties = partnership.parties.map((party) => party.organisation);
  const [attendanceOpen, setAttendanceOpen] = useState(false);
  // A draft taken back from comments shows each item's comments beside its minutes.
  const showComments = hasComments(meeting);
  const comments = useComments(meeting);
  const allComments = showComments ? (comments.data ?? []) : [];
  const commentsOf = (item: AgendaItemView) =>
    allComments.filter((comment) => comment.agendaItemId === item.id);

  // Marking the meeting as held removes the button that did it: the heading takes the focus and
  // the new status is said.
  useEffect(() => {
    if (shownStatus.current === meeting.status) return;
    shownStatus.current = meeting.status;
    setAnnouncement(
      t('meetings.meeting.statusChanged', { status: t(`meetings.status.${meeting.status}`) }),
    );
    heading.current?.focus();
  }, [meeting.status, t]);

  // A chosen item's heading takes the focus, so the keyboard and screen readers land on it.
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    document.getElementById(itemHeadingId(current))?.focus();
  }, [current]);

  const goTo = (position: number) => {
    focusPending.current = true;
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      next.set(ITEM_PARAM, String(position + 1));
      return next;
    });
  };

  const reloadItem = async (id: string) =>
    (await reload())?.agenda.find((candidate) => candidate.id === id);

  return (
    <Stack gap="lg">
      <Stack gap="xs" align="flex-start">
        <BackLink to={back} />
        <Group gap="sm" align="center">
          <Title order={2} ref={heading} tabIndex={-1}>
            {t('minutes.mode.title')}
          </Title>
          <MeetingStatusBadge status={meeting.status} />
        </Group>
        <Text fw={500}>
          {meeting.title} ·{' '}
          <time dateTime={meeting.startsAt}>
            {formatMeetingTime(meeting.startsAt, meeting.durationMinutes, i18n.language)}
          </time>
        </Text>
        {meeting.status === 'AGENDA_PUBLISHED' && (
          <Button variant="default" onClick={() => held.open(meeting.version)}>
            {t('meetings.meeting.held')}
          </Button>
        )}
        {meeting.status === 'PLANNED' && <Text size="sm">{t('minutes.mode.heldNeedsAgenda')}</Text>}
        <Button
          variant="default"
          aria-expanded={attendanceOpen}
          aria-controls={attendanceOpen ? ATTENDANCE_ID : undefined}
          onClick={() => setAttendanceOpen((open) => !open)}
        >
          {attendanceOpen ? t('minutes.mode.hideAttendance') : t('minutes.mode.attendance')}
        </Button>
        {showComments && <UnhandledCount comments={allComments} />}
      </Stack>
      {attendanceOpen && (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          id={ATTENDANCE_ID}
          aria-labelledby={`${ATTENDANCE_ID}-heading`}
        >
          <Stack gap="sm">
            <Title order={3} size="h4" id={`${ATTENDANCE_ID}-heading`}>
              {t('attendance.registerTitle')}
            </Title>
            <PresenceRegister meeting={meeting} labelledBy={`${ATTENDANCE_ID}-heading`} />
          </Stack>
        </Paper>
      )}
      {comments.isError && showComments && (
        <ProblemAlert
          error={comments.error}
          title={t('minutes.comments.loadFailed')}
          onRetry={() => void comments.refetch()}
        />
      )}
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Box component="nav" aria-labelledby={ITEMS_NAV_ID}>
            <Title order={3} size="h5" id={ITEMS_NAV_ID} mb="xs">
              {t('minutes.mode.items')}
            </Title>
            <Stack component="ol" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
              {agenda.map((item, position) => (
                <li key={item.id}>
                  <Anchor
                    component={Link}
                    to={`?${ITEM_PARAM}=${position + 1}`}
                    aria-current={position === index ? 'step' : undefined}
                    fw={position === index ? 700 : 400}
                    underline={position === index ? 'always' : 'hover'}
                    onClick={() => {
                      focusPending.current = true;
                    }}
                  >
                    {t('minutes.mode.itemLink', { number: item.number, title: item.title })}
                  </Anchor>
                  {(item.minutes || item.decisions.length > 0 || item.followUps.length > 0) && (
                    <Text size="xs" c="dimmed">
                      {t('minutes.mode.itemSummary', {
                        decisions: item.decisions.length,
                        followUps: item.followUps.length,
                      })}
                    </Text>
                  )}
                  {unhandledCount(commentsOf(item)) > 0 && (
                    <Text size="xs" fw={500}>
                      {t('minutes.comments.unhandled', {
                        count: unhandledCount(commentsOf(item)),
                      })}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          {agenda.map((item, position) => (
            // Every item stays mounted, so text waiting to be saved, or kept after a conflict,
            // survives a jump to another item.
            <Box
              key={item.id}
              component="section"
              aria-labelledby={itemHeadingId(item)}
              hidden={position !== index}
            >
              <Stack gap="lg">
                <Title order={3} id={itemHeadingId(item)} tabIndex={-1}>
                  {t('minutes.mode.itemHeading', { number: item.number, title: item.title })}
                </Title>
                {item.background && (
                  <details>
                    <summary>{t('minutes.mode.background')}</summary>
                    <RichText html={item.background} />
                  </details>
                )}
                {/* One tree whether or not there are comments: the editor must not remount
                    (and lose what waits to be saved) when they arrive. */}
                <Grid gap="lg">
                  <Grid.Col span={{ base: 12, lg: commentsOf(item).length > 0 ? 7 : 12 }}>
                    <MinutesEditor
                      partnershipId={meeting.partnershipId}
                      meetingId={meeting.id}
                      item={item}
                      reloadItem={reloadItem}
                    />
                  </Grid.Col>
                  {commentsOf(item).length > 0 && (
                    <Grid.Col span={{ base: 12, lg: 5 }}>
                      <Paper
                        withBorder
                        p="sm"
                        radius="md"
                        bg="gray.0"
                        component="aside"
                        aria-labelledby={`${itemHeadingId(item)}-comments`}
                      >
                        <Title order={4} size="h5" id={`${itemHeadingId(item)}-comments`}>
                          {t('minutes.mode.comments')}
                        </Title>
                        <ItemComments
                          meeting={meeting}
                          comments={commentsOf(item)}
                          reload={() => Promise.all([reload(), comments.refetch()])}
                        />
                      </Paper>
                    </Grid.Col>
                  )}
                </Grid>
                <DecisionsEditor
                  partnershipId={meeting.partnershipId}
                  meetingId={meeting.id}
                  item={item}
                  reloadItem={reloadItem}
                  announce={setAnnouncement}
                />
                <FollowUpsEditor
                  partnershipId={meeting.partnershipId}
                  meetingId={meeting.id}
                  item={item}
                  parties={parties}
                  reloadItem={reloadItem}
                  announce={setAnnouncement}
                />
                <Group justify="space-between">
                  {position > 0 ? (
                    <Button variant="default" onClick={() => goTo(position - 1)}>
                      <span aria-hidden="true" style={{ marginRight: 4 }}>
                        ←
                      </span>
                      {t('minutes.mode.previous')}
                    </Button>
                  ) : (
                    <span />
                  )}
                  {position < agenda.length - 1 ? (
                    <Button variant="default" onClick={() => goTo(position + 1)}>
                      {t('minutes.mode.next')}
                      <span aria-hidden="true" style={{ marginLeft: 4 }}>
                        →
                      </span>
                    </Button>
                  ) : (
                    <Button component={Link} to={back} variant="default">
                      {t('minutes.mode.done')}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Box>
          ))}
        </Grid.Col>
      </Grid>
      <TransitionModal
        opened={held.opened}
        onClose={held.close}
        reload={reload}
        version={held.subject ?? meeting.version}
        mutation={markHeld}
        title={t('meetings.meeting.held')}
        confirmLabel={t('meetings.meeting.held')}
        refusedMessage={t('meetings.meeting.heldRefused')}
      >
        <Text>{t('minutes.mode.heldText')}</Text>
      </TransitionModal>
    </Stack>
  );
}
