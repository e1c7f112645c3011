import { Anchor, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDate, formatDateTime } from '../../lib/dates';
import { isUuid } from '../../lib/ids';
import { isMalformedPathParameter, toProblemError } from '../../lib/problem';
import type { MeetingStatus, MeetingView, MinutesStatus } from '../../api/types';
import { usePartnershipContext } from '../../lib/partnership-context';
import { AgendaSection } from './agenda-section';
import { AgendaSuggestions } from './agenda-suggestions';
import { AttendanceSection } from './attendance/attendance-section';
import { MeetingActions } from './meeting-actions';
import { MeetingDownloads } from './meeting-downloads';
import { MeetingFacts } from './meeting-facts';
import { MeetingStatusBadge } from './meeting-status-badge';
import { CommentsProblem, ItemMinutes } from './minutes/item-minutes';
import { commentPeriodOpen, MinutesActions } from './minutes/minutes-actions';
import { MinutesStatusBadge } from './minutes/minutes-status-badge';
import { CorrectionNotice, MinutesVersions } from './minutes/minutes-versions';
import { useMeeting } from './use-meetings';

function BackLink({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.section(partnershipId, 'meetings')}>
      <span aria-hidden="true">← </span>
      {t('meetings.meeting.back')}
    </Anchor>
  );
}

/** A missing meeting, one in another partnership and a malformed id all look the same. */
function isMissing(error: unknown): boolean {
  const problem = toProblemError(error);
  return problem.key === 'not-found' || isMalformedPathParameter(problem, 'meetingId');
}

/** Where the minutes stand: out for comments until a day, approved or published when. */
function MinutesSummary({ meeting }: { meeting: MeetingView }) {
  const { t, i18n } = useTranslation();
  if (meeting.minutesStatus === 'IN_COMMENT' && meeting.minutesCommentDeadline) {
    return (
      <Text size="sm">
        {t('minutes.inComment', {
          date: formatDate(meeting.minutesCommentDeadline, i18n.language),
        })}
      </Text>
    );
  }
  if (meeting.minutesStatus === 'PUBLISHED' && meeting.minutesPublishedAt) {
    return (
      <Text size="sm">
        {t('minutes.publishedAt', {
          date: formatDateTime(meeting.minutesPublishedAt, i18n.language),
        })}
      </Text>
    );
  }
  if (meeting.minutesStatus === 'APPROVED' && meeting.minutesApprovedAt) {
    return (
      <Text size="sm">
        {t('minutes.approvedAt', {
          date: formatDateTime(meeting.minutesApprovedAt, i18n.language),
        })}
      </Text>
    );
  }
  return null;
}

/**
 * One meeting: when and where, its status, who comes and its agenda with the minutes, each to take
 * away as a file. While it is planned or its agenda is out, editors change and move it, build the
 * agenda (from suggestions too) and send it, mark it as held or cancel it; from its day they write
 * the minutes and take them through comments, approval and publication.
 */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { partnership } = usePartnershipContext();
  const { meetingId = '' } = useParams();
  const query = useMeeting(partnership.id, meetingId);
  const notFound = !isUuid(meetingId) || (query.isError && isMissing(query.error));
  const pageTitle = (title: string) =>
    t('meetings.meeting.pageTitle', { title, name: partnership.name });
  const status = query.data?.status;
  const minutesStatus = query.data?.minutesStatus;
  const shownStatus = useRef<MeetingStatus | undefined>(undefined);
  const shownMinutesStatus = useRef<MinutesStatus | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');

  // Sending, holding or cancelling removes the button that did it, so the focus goes to the
  // meeting's heading and the new status is said.
  useEffect(() => {
    const before = shownStatus.current;
    shownStatus.current = status;
    if (!before || !status || before === status) return;
    setAnnouncement(
      t('meetings.meeting.statusChanged', { status: t(`meetings.status.${status}`) }),
    );
    heading.current?.focus();
  }, [status, t]);

  // Likewise for a step of the minutes: the button that took it is gone.
  useEffect(() => {
    const before = shownMinutesStatus.current;
    shownMinutesStatus.current = minutesStatus;
    if (!before || !minutesStatus || before === minutesStatus) return;
    setAnnouncement(t('minutes.statusChanged', { status: t(`minutes.status.${minutesStatus}`) }));
    heading.current?.focus();
  }, [minutesStatus, t]);

  if (notFound) {
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle title={pageTitle(t('meetings.meeting.notFoundTitle'))} />
        <BackLink partnershipId={partnership.id} />
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

  // A failed refetch keeps the meeting already shown, so an open form is not lost.
  if (!query.data) {
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle title={pageTitle(t('meetings.meeting.fallbackTitle'))} />
        <BackLink partnershipId={partnership.id} />
        <Title order={2}>{t('meetings.meeting.fallbackTitle')}</Title>
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }

  const meeting = query.data;
  const open = meeting.status === 'PLANNED' || meeting.status === 'AGENDA_PUBLISHED';
  // The API decides who may change the meeting; the UI only follows.
  const editable = meeting.canEdit && open;
  const reload = async () => (await query.refetch()).data;
  // The API lets members comment while the minutes are out; observers only read them.
  const role = partnership.myRole;
  const canComment =
    commentPeriodOpen(meeting) && (role === 'CHAIR' || role === 'SECRETARIAT' || role === 'MEMBER');
  const minutesBegun =
    meeting.status === 'HELD' ||
    meeting.minutesStatus !== 'DRAFT' ||
    meeting.agenda.some((item) => item.minutes);

  return (
    <Stack gap="xl">
      <PageTitle title={pageTitle(meeting.title)} />
      <Stack gap="xs" align="flex-start">
        <BackLink partnershipId={partnership.id} />
        <Group gap="sm" align="center">
          <Title order={2} ref={heading} tabIndex={-1}>
            {meeting.title}
          </Title>
          <MeetingStatusBadge status={meeting.status} />
          {minutesBegun && (
            <MinutesStatusBadge status={meeting.minutesStatus} version={meeting.minutesVersion} />
          )}
        </Group>
        <VisuallyHidden role="status">{announcement}</VisuallyHidden>
        <MeetingFacts meeting={meeting} />
        {meeting.agendaPublishedAt && (
          <Text size="sm">
            {t('meetings.meeting.published', {
              date: formatDateTime(meeting.agendaPublishedAt, i18n.language),
            })}
          </Text>
        )}
        <MinutesSummary meeting={meeting} />
        <CorrectionNotice meeting={meeting} />
        {meeting.status === 'CANCELLED' && (
          <Text fw={500}>
            {t('meetings.meeting.cancelled')}
            {meeting.cancellationReason &&
              ` ${t('meetings.meeting.reasonShown', { reason: meeting.cancellationReason })}`}
          </Text>
        )}
        <MeetingDownloads meeting={meeting} />
      </Stack>
      {editable && <MeetingActions meeting={meeting} reload={reload} />}
      {meeting.canEdit && <MinutesActions meeting={meeting} reload={reload} />}
      <AttendanceSection meeting={meeting} />
      <CommentsProblem meeting={meeting} />
      <AgendaSection
        meeting={meeting}
        focusAreas={partnership.focusAreas}
        editable={editable}
        reload={reload}
        itemFooter={(item) => (
          <ItemMinutes meeting={meeting} item={item} canComment={canComment} reload={reload} />
        )}
      />
      <MinutesVersions meeting={meeting} />
      {editable && <AgendaSuggestions meeting={meeting} reload={reload} />}
    </Stack>
  );
}
