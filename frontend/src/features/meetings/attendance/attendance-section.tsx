import {
  Box,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceList, AttendanceView, MeetingView, Presence } from '../../../api/types';
import { LoadingState } from '../../../components/loading-state';
import { NotRecorded } from '../../../components/not-recorded';
import { ProblemAlert } from '../../../components/problem-alert';
import { useDialog } from '../../../lib/use-dialog';
import { dayHasCome } from '../meeting-day';
import { TransitionError } from '../transition-error';
import { AnswerModal, type AnswerMode } from './answer-modal';
import {
  presenceUpdate,
  useAttendance,
  useInviteMembers,
  useUpdateAttendance,
} from './use-attendance';

const HEADING_ID = 'attendance-heading';
const PRESENCES: Presence[] = ['PRESENT', 'ABSENT'];

interface Answering {
  row: AttendanceView;
  mode: AnswerMode;
}

/** "5 deltager, 1 afbud, 2 har ikke svaret", and who was there once that is recorded. */
function Counts({ list }: { list: AttendanceList }) {
  const { t } = useTranslation();
  const present = list.items.filter((row) => row.presence === 'PRESENT').length;
  const absent = list.items.filter((row) => row.presence === 'ABSENT').length;
  return (
    <Stack gap={2}>
      <Text>
        {t('attendance.counts', {
          attending: t('attendance.attending', { count: list.attending }),
          apologies: t('attendance.apologies', { count: list.apologies }),
          unanswered: t('attendance.unanswered', { count: list.unanswered }),
        })}
      </Text>
      {present + absent > 0 && (
        <Text>
          {t('attendance.presenceCounts', {
            present: t('attendance.present', { count: present }),
            absent: t('attendance.absent', { count: absent }),
          })}
        </Text>
      )}
    </Stack>
  );
}

/** An answer in words, with the reason for apologies when one was given. */
function useAnswerText(): (row: AttendanceView) => string {
  const { t } = useTranslation();
  return (row) => {
    const answer = t(`attendance.response.${row.response}`);
    return row.response === 'APOLOGIES' && row.reason
      ? t('attendance.withReason', { answer, reason: row.reason })
      : answer;
  };
}

interface AttendanceSectionProps {
  meeting: MeetingView;
}

/**
 * Who is invited to the meeting and what they answered. Each invited person answers for
 * themselves (attending, or apologies with a reason) until the meeting is held; editors invite the
 * members, record anyone's answer, and from the meeting's day whether each person was there.
 */
export function AttendanceSection({ meeting }: AttendanceSectionProps) {
  const { t } = useTranslation();
  const answerText = useAnswerText();
  const { partnershipId, id: meetingId } = meeting;
  const query = useAttendance(partnershipId, meetingId);
  const invite = useInviteMembers(partnershipId, meetingId);
  const update = useUpdateAttendance(partnershipId, meetingId);
  const dialog = useDialog<Answering>();
  const [announcement, setAnnouncement] = useState('');
  const [reloading, setReloading] = useState(false);

  const closed = meeting.status === 'HELD' || meeting.status === 'CANCELLED';
  const editor = meeting.canEdit;
  const canInvite = editor && !closed;
  const canAnswer = !closed;
  const canRecordPresence = editor && meeting.status !== 'CANCELLED' && dayHasCome(meeting);
  const showPresence = canRecordPresence || meeting.status === 'HELD';

  const openDialog = (row: AttendanceView, mode: AnswerMode) => {
    update.reset();
    dialog.open({ row, mode });
  };

  const reloadRow = async (id: string) =>
    (await query.refetch()).data?.items.find((row) => row.id === id);

  const reloadAfterError = async () => {
    setReloading(true);
    await query.refetch();
    setReloading(false);
    update.reset();
    invite.reset();
  };

  const attend = (row: AttendanceView) => {
    invite.reset();
    update.mutate(
      { row, update: { response: 'ATTENDING' } },
      { onSuccess: () => setAnnouncement(t('attendance.attendingSaved')) },
    );
  };

  const recordPresence = (row: AttendanceView, presence: Presence) => {
    invite.reset();
    update.mutate(
      { row, update: presenceUpdate(row, presence) },
      {
        onSuccess: (saved) =>
          setAnnouncement(
            t('attendance.presenceSaved', {
              name: saved.name,
              presence: t(`attendance.presence.${presence}`),
            }),
          ),
      },
    );
  };

  const inviteMembers = () => {
    update.reset();
    const before = query.data?.items.length ?? 0;
    invite.mutate(undefined, {
      onSuccess: (list) =>
        setAnnouncement(t('attendance.invited', { count: list.items.length - before })),
    });
  };

  const pendingRow = update.isPending ? update.variables?.row.id : undefined;
  const me = query.data?.items.find((row) => row.me);

  return (
    <Box component="section" aria-labelledby={HEADING_ID}>
      <Title order={3} id={HEADING_ID} mb="sm">
        {t('attendance.title')}
      </Title>
      {query.isPending ? (
        <LoadingState label={t('attendance.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="md">
          {query.data.items.length === 0 ? (
            <Text>{t('attendance.empty')}</Text>
          ) : (
            <Counts list={query.data} />
          )}
          {me && canAnswer && (
            <Paper withBorder p="sm" radius="md">
              <Stack gap="xs">
                <Text fw={500}>{t('attendance.myAnswer', { answer: answerText(me) })}</Text>
                <Group gap="sm">
                  <Button
                    variant={me.response === 'ATTENDING' ? 'filled' : 'default'}
                    aria-pressed={me.response === 'ATTENDING'}
                    loading={pendingRow === me.id}
                    onClick={() => attend(me)}
                  >
                    {t('attendance.attend')}
                  </Button>
                  <Button
                    variant={me.response === 'APOLOGIES' ? 'filled' : 'default'}
                    aria-pressed={me.response === 'APOLOGIES'}
                    onClick={() => openDialog(me, 'apologies')}
                  >
                    {t('attendance.apologise')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          )}
          {canInvite && (
            <Stack gap={4} align="flex-start">
              <Button variant="default" loading={invite.isPending} onClick={inviteMembers}>
                {t('attendance.invite')}
              </Button>
              <Text size="sm" c="dimmed">
                {t('attendance.inviteHelp')}
              </Text>
            </Stack>
          )}
          <VisuallyHidden role="status">{announcement}</VisuallyHidden>
          {update.isError && (
            <TransitionError
              error={update.error}
              onReload={() => void reloadAfterError()}
              reloading={reloading}
              refusedMessage={t('attendance.refused')}
            />
          )}
          {invite.isError && (
            <TransitionError
              error={invite.error}
              onReload={() => void reloadAfterError()}
              reloading={reloading}
            />
          )}
          {query.data.items.length > 0 && (
            <Table.ScrollContainer
              minWidth={560}
              type="native"
              tabIndex={0}
              role="group"
              aria-labelledby={HEADING_ID}
            >
              <Table aria-labelledby={HEADING_ID} striped withTableBorder verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('attendance.name')}</Table.Th>
                    <Table.Th scope="col">{t('attendance.organisation')}</Table.Th>
                    <Table.Th scope="col">{t('attendance.answer')}</Table.Th>
                    {showPresence && (
                      <Table.Th scope="col">{t('attendance.presenceHeading')}</Table.Th>
                    )}
                    {editor && (canAnswer || canRecordPresence) && (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('attendance.actions')}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.data.items.map((row) => (
                    <Table.Tr key={row.id}>
                      <Table.Th scope="row" fw={500}>
                        {row.me ? t('attendance.you', { name: row.name }) : row.name}
                      </Table.Th>
                      <Table.Td>{row.organisation?.name ?? <NotRecorded />}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{answerText(row)}</Table.Td>
                      {showPresence && (
                        <Table.Td>
                          {row.presence ? (
                            t(`attendance.presence.${row.presence}`)
                          ) : (
                            <NotRecorded />
                          )}
                        </Table.Td>
                      )}
                      {editor && (canAnswer || canRecordPresence) && (
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            {canRecordPresence &&
                              PRESENCES.map((presence) => (
                                <Button
                                  key={presence}
                                  size="xs"
                                  variant={row.presence === presence ? 'filled' : 'default'}
                                  aria-pressed={row.presence === presence}
                                  aria-label={t(`attendance.markLabel.${presence}`, {
                                    name: row.name,
                                  })}
                                  disabled={pendingRow === row.id}
                                  onClick={() => recordPresence(row, presence)}
                                >
                                  {t(`attendance.presence.${presence}`)}
                                </Button>
                              ))}
                            {canAnswer && (
                              <Button
                                size="xs"
                                variant="default"
                                aria-label={t('attendance.answerLabel', { name: row.name })}
                                onClick={() => openDialog(row, 'any')}
                              >
                                {t('attendance.changeAnswer')}
                              </Button>
                            )}
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <AnswerModal
            partnershipId={partnershipId}
            meetingId={meetingId}
            row={dialog.subject?.row ?? null}
            mode={dialog.subject?.mode ?? 'apologies'}
            opened={dialog.opened}
            session={dialog.session}
            reloadRow={reloadRow}
            onClose={dialog.close}
            onSaved={(saved) =>
              setAnnouncement(
                saved.me && saved.response === 'APOLOGIES'
                  ? t('attendance.apologiesSaved')
                  : t('attendance.answerSaved', {
                      name: saved.name,
                      answer: t(`attendance.response.${saved.response}`),
                    }),
              )
            }
          />
        </Stack>
      )}
    </Box>
  );
}
