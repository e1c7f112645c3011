import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceResponse, AttendanceView } from '../../../api/types';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { TransitionError } from '../transition-error';
import { useUpdateAttendance } from './use-attendance';

export const MAX_REASON = 500;
const RESPONSES: AttendanceResponse[] = ['ATTENDING', 'APOLOGIES', 'INVITED'];

/** `apologies`: the user sends their own apologies; `any`: an editor records anyone's answer. */
export type AnswerMode = 'apologies' | 'any';

interface AnswerFormProps {
  partnershipId: string;
  meetingId: string;
  /** The invitation as it was when the dialog opened. */
  row: AttendanceView;
  mode: AnswerMode;
  /** Reads the list again; resolves to the invitation's newest version, if it is still there. */
  reloadRow: (id: string) => Promise<AttendanceView | undefined>;
  onClose: () => void;
  onSaved: (row: AttendanceView) => void;
}

interface AnswerModalProps extends Omit<AnswerFormProps, 'row'> {
  row: AttendanceView | null;
  opened: boolean;
  /** A new number for each opening, so the form starts from the invitation as it is then. */
  session: number;
}

export function AnswerModal({ opened, session, row, ...form }: AnswerModalProps) {
  const { t } = useTranslation();
  const title =
    form.mode === 'apologies'
      ? t('attendance.apologiesTitle')
      : t('attendance.answerTitle', { name: row?.name ?? '' });
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {row && <AnswerForm key={session} row={row} {...form} />}
    </Modal>
  );
}

function AnswerForm({
  partnershipId,
  meetingId,
  row,
  mode,
  reloadRow,
  onClose,
  onSaved,
}: AnswerFormProps) {
  const { t } = useTranslation();
  const mutation = useUpdateAttendance(partnershipId, meetingId);
  const [base, setBase] = useState(row);
  const [response, setResponse] = useState<AttendanceResponse>(
    mode === 'apologies' ? 'APOLOGIES' : row.response,
  );
  const [reason, setReason] = useState(row.reason ?? '');
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const tooLong = reason.length > MAX_REASON;
  const message = t('form.tooLong', { max: MAX_REASON });
  const withReason = response === 'APOLOGIES';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (withReason && tooLong) return;
    const trimmed = reason.trim();
    mutation.mutate(
      {
        row: base,
        update: {
          response,
          ...(withReason && trimmed ? { reason: trimmed } : {}),
          // An editor's change of the answer keeps the presence already recorded.
          ...(mode === 'any' && base.presence ? { presence: base.presence } : {}),
        },
      },
      {
        onSuccess: (saved) => {
          onSaved(saved);
          onClose();
        },
      },
    );
  };

  const reloadNewest = async () => {
    setReloading(true);
    const fresh = await reloadRow(base.id);
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    mutation.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {mode === 'any' && (
          <Radio.Group
            label={t('attendance.answer')}
            value={response}
            onChange={(value) => setResponse(value as AttendanceResponse)}
          >
            <Stack gap="xs" mt="xs">
              {RESPONSES.map((value) => (
                <Radio key={value} value={value} label={t(`attendance.response.${value}`)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {withReason && (
          <Textarea
            label={t('attendance.reason')}
            description={`${t('attendance.reasonHelp')} ${t('form.noPersonalData')}`}
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={checked && tooLong ? message : server.errorFor('reason', message)}
          />
        )}
        {mutation.isError && !server.rejected.has('reason') && (
          <TransitionError
            error={mutation.error}
            onReload={() => void reloadNewest()}
            reloading={reloading}
            refusedMessage={t('attendance.refused')}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {mode === 'apologies' ? t('attendance.sendApologies') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
