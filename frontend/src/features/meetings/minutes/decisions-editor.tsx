import { Box, Button, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, DecisionView } from '../../../api/types';
import { PlainText } from '../../../components/plain-text';
import { SaveError } from '../../../components/save-error';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { VersionedDeleteModal } from '../../../components/versioned-delete-modal';
import { useDialog } from '../../../lib/use-dialog';
import {
  MINUTES_LIMITS,
  useAddDecision,
  useDeleteDecision,
  useUpdateDecision,
} from './use-minutes';

interface DecisionsEditorProps {
  partnershipId: string;
  meetingId: string;
  item: AgendaItemView;
  /** Reads the meeting again; resolves to the item's newest version, if it is still there. */
  reloadItem: (id: string) => Promise<AgendaItemView | undefined>;
  /** Says what happened, for screen readers. */
  announce: (message: string) => void;
}

/** The decisions made under one agenda item: recorded, corrected and deleted during the meeting. */
export function DecisionsEditor({
  partnershipId,
  meetingId,
  item,
  reloadItem,
  announce,
}: DecisionsEditorProps) {
  const { t } = useTranslation();
  const form = useDialog<DecisionView>();
  const deletion = useDialog<DecisionView>();
  const remove = useDeleteDecision(partnershipId, meetingId);
  const headingId = `decisions-${item.id}`;

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={4} id={headingId} mb="xs">
        {t('minutes.decisions.title')}
      </Title>
      <Stack gap="sm">
        {item.decisions.length === 0 ? (
          <Text c="dimmed">{t('minutes.decisions.empty')}</Text>
        ) : (
          <Box component="ol" pl="xl" m={0} aria-labelledby={headingId}>
            {item.decisions.map((decision, index) => (
              <Box component="li" key={decision.id} mb="xs">
                <Stack gap={4}>
                  <PlainText>{decision.text}</PlainText>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('minutes.decisions.editLabel', { number: index + 1 })}
                      onClick={() => form.open(decision)}
                    >
                      {t('minutes.decisions.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('minutes.decisions.deleteLabel', { number: index + 1 })}
                      onClick={() => deletion.open(decision)}
                    >
                      {t('minutes.decisions.delete')}
                    </Button>
                  </Group>
                </Stack>
              </Box>
            ))}
          </Box>
        )}
        <Button variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => form.open(null)}>
          {t('minutes.decisions.add')}
        </Button>
      </Stack>
      <Modal
        opened={form.opened}
        onClose={() => form.close()}
        title={form.subject ? t('minutes.decisions.editTitle') : t('minutes.decisions.addTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <DecisionForm
          key={form.session}
          partnershipId={partnershipId}
          meetingId={meetingId}
          item={item}
          decision={form.subject}
          reloadItem={reloadItem}
          onClose={() => form.close()}
          onSaved={() =>
            announce(
              t(form.subject ? 'minutes.decisions.saved' : 'minutes.decisions.added', {
                title: item.title,
              }),
            )
          }
        />
      </Modal>
      <VersionedDeleteModal
        item={deletion.subject}
        mutation={remove}
        reload={() => reloadItem(item.id)}
        opened={deletion.opened}
        onClose={() => deletion.close()}
        title={t('minutes.decisions.deleteTitle')}
        confirmLabel={t('minutes.decisions.delete')}
      >
        <Text>{t('minutes.decisions.deleteText')}</Text>
        {deletion.subject && <PlainText fs="italic">{deletion.subject.text}</PlainText>}
      </VersionedDeleteModal>
    </Box>
  );
}

interface DecisionFormProps {
  partnershipId: string;
  meetingId: string;
  item: AgendaItemView;
  decision: DecisionView | null;
  reloadItem: (id: string) => Promise<AgendaItemView | undefined>;
  onClose: () => void;
  onSaved: () => void;
}

function DecisionForm({
  partnershipId,
  meetingId,
  item,
  decision,
  reloadItem,
  onClose,
  onSaved,
}: DecisionFormProps) {
  const { t } = useTranslation();
  const add = useAddDecision(partnershipId, meetingId);
  const update = useUpdateDecision(partnershipId, meetingId);
  const mutation = decision ? update : add;
  const [base, setBase] = useState(decision);
  const [text, setText] = useState(decision?.text ?? '');
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const message = t('minutes.decisions.textInvalid', { max: MINUTES_LIMITS.decision });
  const invalid = text.trim() === '' || text.length > MINUTES_LIMITS.decision;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalid) return;
    const input = { agendaItemId: item.id, text: text.trim() };
    const done = {
      onSuccess: () => {
        onSaved();
        onClose();
      },
    };
    if (base) update.mutate({ id: base.id, version: base.version, input }, done);
    else add.mutate(input, done);
  };

  const reloadNewest = async () => {
    if (!base) return;
    setReloading(true);
    const fresh = (await reloadItem(item.id))?.decisions.find((d) => d.id === base.id);
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    setText(fresh.text);
    setChecked(false);
    mutation.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Textarea
          label={t('minutes.decisions.text')}
          description={t('form.noPersonalData')}
          required
          autosize
          minRows={3}
          data-autofocus
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={checked && invalid ? message : server.errorFor('text', message)}
        />
        {mutation.isError && !server.rejected.has('text') && (
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
            {decision ? t('common.save') : t('minutes.decisions.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
