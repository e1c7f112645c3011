import { Anchor, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/dates';
import { isUuid } from '../../lib/ids';
import { isMalformedPathParameter, toProblemError } from '../../lib/problem';
import type { MeetingStatus } from '../../api/types';
import { usePartnershipContext } from '../partnerships/partnership-context';
import { AgendaSection } from './agenda-section';
import { MeetingActions } from './meeting-actions';
import { MeetingFacts } from './meeting-facts';
import { MeetingStatusBadge } from './meeting-status-badge';
import { useMeeting } from './use-meetings';

function BackLink({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/partnerskaber/${encodeURIComponent(partnershipId)}/moeder`}>
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

/**
 * One meeting: when and where, its status and its agenda. While it is planned or its agenda is
 * out, editors change and move it, build and send the agenda, mark it as held or cancel it.
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
  const shownStatus = useRef<MeetingStatus | undefined>(undefined);
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
        {meeting.status === 'CANCELLED' && (
          <Text fw={500}>
            {t('meetings.meeting.cancelled')}
            {meeting.cancellationReason &&
              ` ${t('meetings.meeting.reasonShown', { reason: meeting.cancellationReason })}`}
          </Text>
        )}
      </Stack>
      {editable && <MeetingActions meeting={meeting} reload={reload} />}
      <AgendaSection
        meeting={meeting}
        focusAreas={partnership.focusAreas}
        editable={editable}
        reload={reload}
      />
    </Stack>
  );
}
