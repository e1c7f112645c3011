import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingView } from '../../../api/types';
import { paths } from '../../../app/paths';
import { LoadingState } from '../../../components/loading-state';
import { addDays, formatDate, todayInCopenhagen } from '../../../lib/dates';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { useDialog } from '../../../lib/use-dialog';
import { dayHasCome } from '../meeting-day';
import { TransitionError } from '../transition-error';
import { TransitionModal } from '../transition-modal';
import { anyonePresent, PresenceRegister } from '../attendance/presence-register';
import { useAttendance } from '../attendance/use-attendance';
import { UnhandledCount } from './item-comments';
import {
  commentsWorkable,
  isRevised,
  MINUTES_LIMITS,
  useApproveMinutes,
  useComments,
  useCorrectMinutes,
  usePublishMinutes,
  useReviseMinutes,
  useSendMinutes,
} from './use-minutes';

/** How long members have to comment unless the secretariat chooses otherwise. */
export const DEFAULT_COMMENT_DAYS = 7;

type DialogKind = 'send' | 'approve' | 'publish' | 'correct' | 'revise';

interface ActionDialog {
  kind: DialogKind;
  /** The meeting's version when the dialog opened: the change is based on what the user saw. */
  version: number;
}

interface MinutesActionsProps {
  meeting: MeetingView;
  /** Reads the meeting again; resolves to its newest version, if it could be read. */
  reload: () => Promise<MeetingView | undefined>;
}

/** Whether the members' time to comment is still running (the deadline day included). */
export function commentPeriodOpen(meeting: MeetingView): boolean {
  return meeting.minutesStatus === 'IN_COMMENT' && beforeDeadline(meeting);
}

/** The comment round's deadline has not passed: out for comments or taken back from them. */
function beforeDeadline(meeting: MeetingView): boolean {
  return (
    meeting.minutesCommentDeadline !== null && todayInCopenhagen() <= meeting.minutesCommentDeadline
  );
}

/**
 * What an editor does with the minutes, one step at a time: write them in meeting mode from the
 * meeting's day, send them for comments once the meeting is held, approve and publish them. Once
 * published they can be reopened to correct them; a correction is published without a new approval.
 */
export function MinutesActions({ meeting, reload }: MinutesActionsProps) {
  const { t } = useTranslation();
  const dialog = useDialog<ActionDialog>();
  const open = (kind: DialogKind) => dialog.open({ kind, version: meeting.version });
  const close = () => dialog.close();
  const publish = usePublishMinutes(meeting.partnershipId, meeting.id);
  const revise = useReviseMinutes(meeting.partnershipId, meeting.id);
  const comments = useComments(meeting);
  if (meeting.status === 'CANCELLED') return null;

  const draft = meeting.minutesStatus === 'DRAFT';
  // Taken back from comments to work them in: sent again, or approved on the round's terms.
  const revised = isRevised(meeting);
  const approvable = meeting.minutesStatus === 'IN_COMMENT' || revised;
  // Minutes published before are being corrected, whichever step the correction has reached.
  const correction = meeting.minutesStatus !== 'PUBLISHED' && meeting.minutesVersion > 0;
  const publishable = meeting.minutesStatus === 'APPROVED' || (draft && correction);
  const publishLabel = correction ? t('minutes.correction.publish') : t('minutes.actions.publish');
  const dayCome = dayHasCome(meeting);
  const held = meeting.status === 'HELD';
  const hint = !draft
    ? null
    : !dayCome
      ? t('minutes.actions.writeLater')
      : !held
        ? t('minutes.actions.sendAfterHeld')
        : null;

  return (
    <Stack gap="xs">
      <Group gap="sm">
        {draft && dayCome && (
          <Button
            component={Link}
            to={paths.meetingMode(meeting.partnershipId, meeting.id)}
            variant="light"
          >
            {t('minutes.actions.meetingMode')}
          </Button>
        )}
        {draft && held && (
          <Button onClick={() => open('send')}>
            {revised ? t('minutes.actions.sendAgain') : t('minutes.actions.send')}
          </Button>
        )}
        {meeting.minutesStatus === 'IN_COMMENT' && (
          <Button variant="default" onClick={() => open('revise')}>
            {t('minutes.revise.start')}
          </Button>
        )}
        {approvable && (
          <Button onClick={() => open('approve')}>{t('minutes.actions.approve')}</Button>
        )}
        {publishable && <Button onClick={() => open('publish')}>{publishLabel}</Button>}
        {meeting.minutesStatus === 'PUBLISHED' && (
          <Button variant="default" onClick={() => open('correct')}>
            {t('minutes.correction.start')}
          </Button>
        )}
      </Group>
      {hint && <Text size="sm">{hint}</Text>}
      {revised && <Text size="sm">{t('minutes.revise.revisedHint')}</Text>}
      {commentsWorkable(meeting) && comments.data && <UnhandledCount comments={comments.data} />}
      <TransitionModal
        opened={dialog.opened && dialog.subject?.kind === 'revise'}
        onClose={close}
        reload={reload}
        version={dialog.subject?.version ?? meeting.version}
        mutation={revise}
        title={t('minutes.revise.start')}
        confirmLabel={t('minutes.revise.confirm')}
        refusedMessage={t('minutes.revise.refused')}
      >
        <Text>{t('minutes.revise.text')}</Text>
      </TransitionModal>
      <Modal
        opened={dialog.opened && dialog.subject?.kind === 'send'}
        onClose={close}
        title={revised ? t('minutes.actions.sendAgain') : t('minutes.actions.send')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <SendForm
          key={dialog.session}
          meeting={meeting}
          version={dialog.subject?.version ?? meeting.version}
          reload={reload}
          onClose={close}
        />
      </Modal>
      <Modal
        opened={dialog.opened && dialog.subject?.kind === 'approve'}
        onClose={close}
        title={t('minutes.actions.approve')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <ApproveForm
          key={dialog.session}
          meeting={meeting}
          version={dialog.subject?.version ?? meeting.version}
          reload={reload}
          onClose={close}
        />
      </Modal>
      <TransitionModal
        opened={dialog.opened && dialog.subject?.kind === 'publish'}
        onClose={close}
        reload={reload}
        version={dialog.subject?.version ?? meeting.version}
        mutation={publish}
        title={publishLabel}
        confirmLabel={t('minutes.actions.publishConfirm')}
        refusedMessage={
          correction ? t('minutes.correction.publishRefused') : t('minutes.actions.publishRefused')
        }
      >
        <Text>
          {correction
            ? t('minutes.correction.publishText', {
                current: meeting.minutesVersion,
                next: meeting.minutesVersion + 1,
              })
            : t('minutes.actions.publishText')}
        </Text>
      </TransitionModal>
      <Modal
        opened={dialog.opened && dialog.subject?.kind === 'correct'}
        onClose={close}
        title={t('minutes.correction.start')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <CorrectionForm
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

interface StepFormProps {
  meeting: MeetingView;
  version: number;
  reload: () => Promise<unknown>;
  onClose: () => void;
}

function useReloadAndClose(reload: () => Promise<unknown>, onClose: () => void) {
  const [reloading, setReloading] = useState(false);
  const reloadAndClose = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    onClose();
  };
  return { reloading, reloadAndClose };
}

type SendStep = 'check' | 'register' | 'deadline';

const REGISTER_HEADING_ID = 'send-register-attendance';

/**
 * Sending starts with a look at the attendance: minutes that say nobody was there are rarely
 * meant, so with nobody recorded as present the secretariat is asked to record it first (here,
 * without leaving the dialog) or to send anyway.
 */
function SendForm(props: StepFormProps) {
  const { t } = useTranslation();
  const { meeting, onClose } = props;
  const attendance = useAttendance(meeting.partnershipId, meeting.id);
  const [step, setStep] = useState<SendStep>('check');

  if (step === 'check' && attendance.isPending) {
    return <LoadingState label={t('attendance.loading')} />;
  }
  // An attendance that could not be read does not stop the minutes: the warning is a help.
  if (step === 'check' && attendance.data && !anyonePresent(attendance.data)) {
    return (
      <Stack gap="md">
        {/* Yellow marks the warning; its title keeps the text colour, as yellow on yellow fails AA. */}
        <Alert
          variant="light"
          color="yellow"
          title={t('minutes.actions.nobodyPresentTitle')}
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          {t('minutes.actions.nobodyPresent')}
        </Alert>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="default" onClick={() => setStep('deadline')}>
            {t('minutes.actions.sendAnyway')}
          </Button>
          <Button data-autofocus onClick={() => setStep('register')}>
            {t('minutes.actions.registerFirst')}
          </Button>
        </Group>
      </Stack>
    );
  }
  if (step === 'register') {
    return (
      <Stack gap="md">
        <Title order={3} size="h4" id={REGISTER_HEADING_ID}>
          {t('attendance.registerTitle')}
        </Title>
        <PresenceRegister meeting={meeting} labelledBy={REGISTER_HEADING_ID} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => setStep('deadline')}>{t('minutes.actions.continueToSend')}</Button>
        </Group>
      </Stack>
    );
  }
  return <DeadlineForm {...props} />;
}

function DeadlineForm({ meeting, version, reload, onClose }: StepFormProps) {
  const { t } = useTranslation();
  const mutation = useSendMinutes(meeting.partnershipId, meeting.id);
  const today = todayInCopenhagen();
  const [deadline, setDeadline] = useState(() => addDays(today, DEFAULT_COMMENT_DAYS));
  const [checked, setChecked] = useState(false);
  const { reloading, reloadAndClose } = useReloadAndClose(reload, onClose);
  const server = useServerFieldErrors(mutation.error);
  const problem = !/^\d{4}-\d{2}-\d{2}$/.test(deadline)
    ? t('minutes.actions.deadlineMissing')
    : deadline < today
      ? t('minutes.actions.deadlinePast')
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problem) return;
    mutation.mutate({ version, commentDeadline: deadline }, { onSuccess: onClose });
  };

  const fieldRejected = server.rejected.has('commentDeadline');
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('minutes.actions.sendText')}</Text>
        <TextInput
          type="date"
          label={t('minutes.actions.deadline')}
          description={t('minutes.actions.deadlineHelp')}
          required
          data-autofocus
          min={today}
          value={deadline}
          onChange={(event) => setDeadline(event.currentTarget.value)}
          error={
            (checked && problem) ||
            server.errorFor('commentDeadline', t('minutes.actions.deadlinePast'))
          }
        />
        {mutation.isError && !fieldRejected && (
          <TransitionError
            error={mutation.error}
            onReload={() => void reloadAndClose()}
            reloading={reloading}
            refusedMessage={t('minutes.actions.sendRefused')}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('minutes.actions.sendConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ApproveForm({ meeting, version, reload, onClose }: StepFormProps) {
  const { t, i18n } = useTranslation();
  const mutation = useApproveMinutes(meeting.partnershipId, meeting.id);
  const [atMeeting, setAtMeeting] = useState(false);
  const [checked, setChecked] = useState(false);
  const { reloading, reloadAndClose } = useReloadAndClose(reload, onClose);
  // Before the deadline has passed only an approval at a meeting is possible.
  const early = beforeDeadline(meeting);
  const deadline = meeting.minutesCommentDeadline
    ? formatDate(meeting.minutesCommentDeadline, i18n.language)
    : '';
  const missing = early && !atMeeting;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (missing) return;
    mutation.mutate({ version, atMeeting: early && atMeeting }, { onSuccess: onClose });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>
          {early
            ? t('minutes.actions.approveEarly', { date: deadline })
            : t('minutes.actions.approveText')}
        </Text>
        {early && (
          <Checkbox
            label={t('minutes.actions.atMeeting')}
            checked={atMeeting}
            data-autofocus
            onChange={(event) => setAtMeeting(event.currentTarget.checked)}
            error={checked && missing ? t('minutes.actions.atMeetingMissing') : undefined}
          />
        )}
        {mutation.isError && (
          <TransitionError
            error={mutation.error}
            onReload={() => void reloadAndClose()}
            reloading={reloading}
            refusedMessage={t('minutes.actions.approveRefused')}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('minutes.actions.approveConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CorrectionForm({ meeting, version, reload, onClose }: StepFormProps) {
  const { t } = useTranslation();
  const mutation = useCorrectMinutes(meeting.partnershipId, meeting.id);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const { reloading, reloadAndClose } = useReloadAndClose(reload, onClose);
  const server = useServerFieldErrors(mutation.error);
  const max = MINUTES_LIMITS.correctionReason;
  const problem =
    reason.trim() === ''
      ? t('minutes.correction.reasonMissing')
      : reason.length > max
        ? t('form.tooLong', { max })
        : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problem) return;
    mutation.mutate({ version, reason: reason.trim() }, { onSuccess: onClose });
  };

  const fieldRejected = server.rejected.has('reason');
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>
          {t('minutes.correction.text', {
            current: meeting.minutesVersion,
            next: meeting.minutesVersion + 1,
          })}
        </Text>
        <Textarea
          label={t('minutes.correction.reason')}
          description={`${t('minutes.correction.reasonHelp')} ${t('form.noPersonalData')}`}
          required
          autosize
          minRows={3}
          data-autofocus
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={
            (checked && problem) ||
            server.errorFor('reason', t('minutes.correction.reasonInvalid', { max }))
          }
        />
        {mutation.isError && !fieldRejected && (
          <TransitionError
            error={mutation.error}
            onReload={() => void reloadAndClose()}
            reloading={reloading}
            refusedMessage={t('minutes.correction.refused')}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('minutes.correction.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
