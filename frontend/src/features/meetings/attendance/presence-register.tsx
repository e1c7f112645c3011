import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceList, AttendanceView, MeetingView, Presence } from '../../../api/types';
import { LoadingState } from '../../../components/loading-state';
import { ProblemAlert } from '../../../components/problem-alert';
import { TransitionError } from '../transition-error';
import {
  presenceUpdate,
  useAttendance,
  useInviteMembers,
  useUpdateAttendance,
} from './use-attendance';

const PRESENCES: Presence[] = ['PRESENT', 'ABSENT'];

/** Whether anyone is recorded as present; the minutes list who was there. */
export function anyonePresent(list: AttendanceList): boolean {
  return list.items.some((row) => row.presence === 'PRESENT');
}

/** "3 til stede, 1 fraværende, 2 ikke registreret". */
export function PresenceCounts({ list }: { list: AttendanceList }) {
  const { t } = useTranslation();
  const present = list.items.filter((row) => row.presence === 'PRESENT').length;
  const absent = list.items.filter((row) => row.presence === 'ABSENT').length;
  return (
    <Text size="sm">
      {t('attendance.registerCounts', {
        present: t('attendance.present', { count: present }),
        absent: t('attendance.absent', { count: absent }),
        unrecorded: t('attendance.unrecorded', { count: list.items.length - present - absent }),
      })}
    </Text>
  );
}

interface PresenceRegisterProps {
  meeting: MeetingView;
  /** Names the table, e.g. the heading it stands under. */
  labelledBy: string;
}

/**
 * Who was at the meeting, recorded one person at a time: a compact register for the secretariat
 * during the meeting (meeting mode) and just before the minutes are sent. The answers and the
 * invitations are managed on the meeting's page.
 */
export function PresenceRegister({ meeting, labelledBy }: PresenceRegisterProps) {
  const { t } = useTranslation();
  const query = useAttendance(meeting.partnershipId, meeting.id);
  const update = useUpdateAttendance(meeting.partnershipId, meeting.id);
  const invite = useInviteMembers(meeting.partnershipId, meeting.id);
  const [announcement, setAnnouncement] = useState('');
  const [reloading, setReloading] = useState(false);

  if (query.isPending) return <LoadingState label={t('attendance.loading')} />;
  if (query.isError) {
    return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  const list = query.data;

  const record = (row: AttendanceView, presence: Presence) => {
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

  const reloadAfterError = async () => {
    setReloading(true);
    await query.refetch();
    setReloading(false);
    update.reset();
  };

  const pendingRow = update.isPending ? update.variables?.row.id : undefined;

  return (
    <Stack gap="sm">
      {list.items.length === 0 ? (
        // An ad-hoc meeting whose agenda never went out has no invitations yet: the members are
        // invited here, so that presence can still be recorded at the table.
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('attendance.registerEmpty')}</Text>
          {meeting.canEdit && (
            <Button
              size="xs"
              variant="default"
              loading={invite.isPending}
              onClick={() => invite.mutate(undefined)}
            >
              {t('attendance.invite')}
            </Button>
          )}
          {invite.isError && <ProblemAlert error={invite.error} />}
        </Stack>
      ) : (
        <PresenceCounts list={list} />
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
      {list.items.length > 0 && (
        <Table aria-labelledby={labelledBy} verticalSpacing={4} withRowBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('attendance.name')}</Table.Th>
              <Table.Th scope="col">{t('attendance.presenceHeading')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Th scope="row" fw={500}>
                  {row.name}
                  {row.organisation && (
                    <Text size="xs" c="dimmed" component="span" display="block">
                      {row.organisation.name}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {PRESENCES.map((presence) => (
                      <Button
                        key={presence}
                        size="xs"
                        variant={row.presence === presence ? 'filled' : 'default'}
                        aria-pressed={row.presence === presence}
                        aria-label={t(`attendance.markLabel.${presence}`, { name: row.name })}
                        disabled={pendingRow === row.id}
                        onClick={() => record(row, presence)}
                      >
                        {t(`attendance.presence.${presence}`)}
                      </Button>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
