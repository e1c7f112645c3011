import { Anchor, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import { formatWeekdayDateTime } from '../../lib/dates';
import { useServerFieldErrors } from '../../lib/field-errors';
import { ProposalError } from './proposal-error';
import type { ProposalView } from './types';
import { useOpenMeetings, usePutOnAgenda } from './use-proposals';

interface AgendaFormProps {
  partnershipId: string;
  /** The proposal as it was when the user chose to put it on an agenda. */
  proposal: ProposalView;
  /** Reads the proposal again; resolves to its newest version, if it is still there. */
  reload: (proposalId: string) => Promise<ProposalView | undefined>;
  onClose: () => void;
  onSaved?: (proposal: ProposalView) => void;
}

interface AgendaModalProps extends Omit<AgendaFormProps, 'proposal'> {
  proposal: ProposalView | null;
  opened: boolean;
  /** A new number for each opening, so the form starts from the proposal as it is then. */
  session: number;
}

/** An editor puts a submitted proposal on the agenda of a meeting whose agenda still changes. */
export function AgendaModal({ opened, session, proposal, ...form }: AgendaModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={t('proposals.agenda.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {proposal && <AgendaForm key={session} proposal={proposal} {...form} />}
    </Modal>
  );
}

function AgendaForm({ partnershipId, proposal, reload, onClose, onSaved }: AgendaFormProps) {
  const { t, i18n } = useTranslation();
  const meetings = useOpenMeetings(partnershipId);
  const put = usePutOnAgenda(partnershipId);
  const [base, setBase] = useState(proposal);
  const [meetingId, setMeetingId] = useState('');
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(put.error);
  const meetingsPath = paths.section(partnershipId, 'meetings');
  const invalidMessage = t('proposals.agenda.meetingInvalid');
  const meetingError =
    checked && !meetingId ? invalidMessage : server.errorFor('meetingId', invalidMessage);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!meetingId) return;
    put.mutate(
      { proposal: base, body: { meetingId } },
      {
        onSuccess: (view) => {
          onSaved?.(view);
          onClose();
        },
      },
    );
  };

  const reloadNewest = async () => {
    setReloading(true);
    const [fresh] = await Promise.all([reload(base.id), meetings.refetch()]);
    setReloading(false);
    put.reset();
    if (!fresh || fresh.status !== 'SUBMITTED') {
      onClose();
      return;
    }
    setBase(fresh);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('proposals.agenda.intro', { title: base.title })}</Text>
        {meetings.isPending ? (
          <LoadingState label={t('proposals.agenda.meetingsLoading')} />
        ) : meetings.isError ? (
          <ProblemAlert
            error={meetings.error}
            title={t('proposals.agenda.meetingsFailed')}
            onRetry={() => void meetings.refetch()}
          />
        ) : meetings.data.length === 0 ? (
          <Stack gap="xs" align="flex-start">
            <Text>{t('proposals.agenda.noMeetings')}</Text>
            <Anchor component={Link} to={meetingsPath}>
              {t('proposals.agenda.planMeeting')}
            </Anchor>
          </Stack>
        ) : (
          <NativeSelect
            label={t('proposals.agenda.meeting')}
            description={t('proposals.agenda.meetingHelp')}
            required
            data-autofocus
            value={meetingId}
            onChange={(event) => setMeetingId(event.currentTarget.value)}
            data={[
              { value: '', label: t('proposals.agenda.chooseMeeting'), disabled: true },
              ...meetings.data.map((meeting) => ({
                value: meeting.id,
                label: t(
                  meeting.status === 'AGENDA_PUBLISHED'
                    ? 'proposals.agenda.meetingOptionPublished'
                    : 'proposals.agenda.meetingOption',
                  {
                    title: meeting.title,
                    time: formatWeekdayDateTime(meeting.startsAt, i18n.language),
                  },
                ),
              })),
            ]}
            error={meetingError}
          />
        )}
        {put.isError && (
          <ProposalError
            error={put.error}
            title={t('proposals.agenda.failed')}
            refusedMessage={t('proposals.agenda.refused')}
            onReload={() => void reloadNewest()}
            reloading={reloading}
            fieldLabel={(field) =>
              field === 'meetingId' ? t('proposals.agenda.meeting') : undefined
            }
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={put.isPending}
            disabled={!meetings.data || meetings.data.length === 0}
          >
            {t('proposals.agenda.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
