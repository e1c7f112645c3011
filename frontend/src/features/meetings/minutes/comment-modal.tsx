import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView } from '../../../api/types';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { TransitionError } from '../transition-error';
import { MINUTES_LIMITS, useAddComment } from './use-minutes';

interface CommentModalProps {
  partnershipId: string;
  meetingId: string;
  item: AgendaItemView;
  opened: boolean;
  /** A new number for each opening, so the form starts empty. */
  session: number;
  onClose: () => void;
  onAdded: () => void;
  /** Reads the meeting again, for a comment refused because the comment period has ended. */
  reload: () => Promise<unknown>;
}

/** A member's comment on one agenda item's draft minutes. */
export function CommentModal({ opened, session, onClose, ...form }: CommentModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('minutes.comments.addTitle', { title: form.item.title })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <CommentForm key={session} onClose={onClose} {...form} />
    </Modal>
  );
}

function CommentForm({
  partnershipId,
  meetingId,
  item,
  onClose,
  onAdded,
  reload,
}: Omit<CommentModalProps, 'opened' | 'session'>) {
  const { t } = useTranslation();
  const mutation = useAddComment(partnershipId, meetingId);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const message = t('minutes.comments.textInvalid', { max: MINUTES_LIMITS.comment });
  const invalid = text.trim() === '' || text.length > MINUTES_LIMITS.comment;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalid) return;
    mutation.mutate(
      { agendaItemId: item.id, text: text.trim() },
      {
        onSuccess: () => {
          onAdded();
          onClose();
        },
      },
    );
  };

  const reloadAndClose = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Textarea
          label={t('minutes.comments.text')}
          description={t('form.noPersonalData')}
          required
          autosize
          minRows={4}
          data-autofocus
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={checked && invalid ? message : server.errorFor('text', message)}
        />
        {mutation.isError && !server.rejected.has('text') && (
          <TransitionError
            error={mutation.error}
            onReload={() => void reloadAndClose()}
            reloading={reloading}
            refusedMessage={t('minutes.comments.refused')}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('minutes.comments.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
