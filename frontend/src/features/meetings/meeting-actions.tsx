import { Box, Button, Group, Loader, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaRecipient, MeetingView } from '../../api/types';
import { ProblemAlert } from '../../components/problem-alert';
import { useServerFieldErrors } from '../../lib/field-errors';
import { useDialog } from '../../lib/use-dialog';
import { dayHasCome } from './meeting-day';
import { MeetingModal } from './meeting-modal';
import { TransitionError } from './transition-error';
import { TransitionModal } from './transition-modal';
import {
  useAgendaRecipients,
  useCancelMeeting,
  useMarkMeetingHeld,
  usePublishAgenda,
} from './use-meetings';

const MAX_REASON = 1000;
const PUBLISH_HINT_ID = 'meeting-publish-hint';
const RECIPIENTS_ID = 'meeting-publish-recipients';

type DialogKind = 'edit' | 'publish' | 'held' | 'cancel';

interface ActionDialog {
  kind: DialogKind;
  /** The meeting's version when the dialog opened: the change is based on what the user saw. */
  version: number;
}

interface MeetingActionsProps {
  meeting: MeetingView;
  /** Reads the meeting again; resolves to its newest version, if it could be read. */
  reload: () => Promise<MeetingView | undefined>;
}

/**
 * What an editor can do with a meeting that is still open: change or move it, send its agenda,
 * mark it as held once its day has come, or cancel it.
 */
export function MeetingActions({ meeting, reload }: MeetingActionsProps) {
  const { t } = useTranslation();
  const dialog = useDialog<ActionDialog>();
  const open = (kind: DialogKind) => dialog.open({ kind, version: meeting.version });
  const close = () => dialog.close();
  const planned = meeting.status === 'PLANNED';
  const published = meeting.status === 'AGENDA_PUBLISHED';
  const agendaEmpty = meeting.agenda.length === 0;
  const heldPossible = published && dayHasCome(meeting);

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button variant="default" onClick={() => open('edit')}>
          {t('meetings.meeting.edit')}
        </Button>
        {planned && (
          <Button
            onClick={() => open('publish')}
            disabled={agendaEmpty}
            aria-describedby={agendaEmpty ? PUBLISH_HINT_ID : undefined}
          >
            {t('meetings.meeting.publish')}
          </Button>
        )}
        {heldPossible && <Button onClick={() => open('held')}>{t('meetings.meeting.held')}</Button>}
        <Button variant="default" onClick={() => open('cancel')}>
          {t('meetings.meeting.cancel')}
        </Button>
      </Group>
      {planned && agendaEmpty && (
        <Text size="sm" id={PUBLISH_HINT_ID}>
          {t('meetings.meeting.publishEmpty')}
        </Text>
      )}
      {published && !heldPossible && <Text size="sm">{t('meetings.meeting.heldLater')}</Text>}
      <MeetingModal
        session={dialog.session}
        partnershipId={meeting.partnershipId}
        meeting={meeting}
        reload={reload}
        opened={dialog.opened && dialog.subject?.kind === 'edit'}
        onClose={close}
      />
      <TransitionModal
        opened={dialog.opened && dialog.subject?.kind === 'publish'}
        onClose={close}
        reload={reload}
        version={dialog.subject?.version ?? meeting.version}
        mutation={usePublishAgenda(meeting.partnershipId, meeting.id)}
        title={t('meetings.meeting.publish')}
        confirmLabel={t('meetings.meeting.publishConfirm')}
        refusedMessage={t('meetings.meeting.publishRefused')}
      >
        <Stack gap="sm">
          <Text>{t('meetings.meeting.publishText')}</Text>
          <AgendaRecipientList
            meeting={meeting}
            opened={dialog.opened && dialog.subject?.kind === 'publish'}
          />
        </Stack>
      </TransitionModal>
      <TransitionModal
        opened={dialog.opened && dialog.subject?.kind === 'held'}
        onClose={close}
        reload={reload}
        version={dialog.subject?.version ?? meeting.version}
        mutation={useMarkMeetingHeld(meeting.partnershipId, meeting.id)}
        title={t('meetings.meeting.held')}
        confirmLabel={t('meetings.meeting.held')}
        refusedMessage={t('meetings.meeting.heldRefused')}
      >
        <Text>{t('meetings.meeting.heldText')}</Text>
      </TransitionModal>
      <Modal
        opened={dialog.opened && dialog.subject?.kind === 'cancel'}
        onClose={close}
        title={t('meetings.meeting.cancel')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <CancelForm
          key={dialog.session}
          meeting={meeting}
          version={dialog.subject?.version ?? meeting.version}
          reload={reload}
          onClose={close}
        />
      </Modal>
    </Stack>
  );
}

function recipientText(recipient: AgendaRecipient): string {
  return recipient.organisation
    ? `${recipient.name}, ${recipient.organisation.name}`
    : recipient.name;
}

/**
 * Who the agenda's e-mail goes to, read when the send dialog opens, so that whoever sends it sees
 * before it goes who will get it and who will not for want of an address.
 */
function AgendaRecipientList({ meeting, opened }: { meeting: MeetingView; opened: boolean }) {
  const { t } = useTranslation();
  const query = useAgendaRecipients(meeting.partnershipId, meeting.id, opened);
  if (query.isPending) {
    return (
      <Group gap="xs">
        <Loader size="xs" aria-hidden="true" />
        <Text size="sm">{t('meetings.meeting.recipients.loading')}</Text>
      </Group>
    );
  }
  if (query.isError) {
    return (
      <ProblemAlert
        error={query.error}
        title={t('meetings.meeting.recipients.failed')}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const { items, withoutAddress } = query.data;
  return (
    <Stack gap="xs">
      <Text size="sm" id={RECIPIENTS_ID} fw={600}>
        {t('meetings.meeting.recipients.heading', { count: items.length })}
      </Text>
      {items.length > 0 && (
        <Box
          component="ul"
          aria-labelledby={RECIPIENTS_ID}
          m={0}
          pl="lg"
          mah={240}
          style={{ overflowY: 'auto' }}
        >
          {items.map((recipient) => (
            <li key={recipient.personId}>
              <Text size="sm">{recipientText(recipient)}</Text>
            </li>
          ))}
        </Box>
      )}
      {withoutAddress.length > 0 && (
        <Text size="sm">
          {t('meetings.meeting.recipients.withoutAddress', {
            count: withoutAddress.length,
            names: withoutAddress.map(recipientText).join('; '),
          })}
        </Text>
      )}
    </Stack>
  );
}

interface CancelFormProps {
  meeting: MeetingView;
  version: number;
  reload: () => Promise<unknown>;
  onClose: () => void;
}

function CancelForm({ meeting, version, reload, onClose }: CancelFormProps) {
  const { t } = useTranslation();
  const mutation = useCancelMeeting(meeting.partnershipId, meeting.id);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const tooLong = reason.length > MAX_REASON;
  const message = t('form.tooLong', { max: MAX_REASON });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (tooLong) return;
    mutation.mutate({ version, reason }, { onSuccess: onClose });
  };

  const reloadAndClose = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    onClose();
  };

  const fieldRejected = server.rejected.has('reason');
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('meetings.meeting.cancelText', { title: meeting.title })}</Text>
        <Textarea
          label={t('meetings.meeting.reason')}
          description={`${t('meetings.meeting.reasonHelp')} ${t('form.noPersonalData')}`}
          autosize
          minRows={3}
          data-autofocus
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={checked && tooLong ? message : server.errorFor('reason', message)}
        />
        {mutation.isError && !fieldRejected && (
          <TransitionError
            error={mutation.error}
            onReload={() => void reloadAndClose()}
            reloading={reloading}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={mutation.isPending}>
            {t('meetings.meeting.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
