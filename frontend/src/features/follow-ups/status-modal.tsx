import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpView } from '../../api/types';
import { SaveError } from '../../components/save-error';
import { useServerFieldErrors } from '../../lib/field-errors';
import { useSetFollowUpStatus } from './use-follow-ups';

const MAX_NOTE = 2000;

interface DoneFormProps {
  /** The item as it was when the dialog opened; the change is based on its version. */
  item: FollowUpView;
  onClose: () => void;
  onDone: (item: FollowUpView) => void;
  /** Reads the item again; resolves to its newest version, if it can still be seen. */
  reloadItem: (id: string) => Promise<FollowUpView | undefined>;
}

interface DoneModalProps extends Omit<DoneFormProps, 'item'> {
  item: FollowUpView | null;
  opened: boolean;
  /** A new number for each opening, so the form starts from the item as it is then. */
  session: number;
}

/** Marks a follow-up item as done, with a note on what was done. */
export function DoneModal({ item, opened, session, ...form }: DoneModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={t('followUps.doneTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {item && <DoneForm key={session} item={item} {...form} />}
    </Modal>
  );
}

function DoneForm({ item, onClose, onDone, reloadItem }: DoneFormProps) {
  const { t } = useTranslation();
  const mutation = useSetFollowUpStatus();
  const [base, setBase] = useState(item);
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const tooLong = note.length > MAX_NOTE;
  const message = t('form.tooLong', { max: MAX_NOTE });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (tooLong) return;
    const trimmed = note.trim();
    mutation.mutate(
      { item: base, input: { status: 'DONE', ...(trimmed ? { note: trimmed } : {}) } },
      {
        onSuccess: (changed) => {
          onDone(changed);
          onClose();
        },
      },
    );
  };

  const reloadNewest = async () => {
    setReloading(true);
    const fresh = await reloadItem(base.id);
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    mutation.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('followUps.doneText', { title: base.title })}</Text>
        <Textarea
          label={t('followUps.note')}
          description={`${t('followUps.noteHelp')} ${t('form.noPersonalData')}`}
          autosize
          minRows={3}
          data-autofocus
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={checked && tooLong ? message : server.errorFor('note', message)}
        />
        {mutation.isError && !server.rejected.has('note') && (
          <SaveError
            error={mutation.error}
            onReload={() => void reloadNewest()}
            reloading={reloading}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('followUps.markDone')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
