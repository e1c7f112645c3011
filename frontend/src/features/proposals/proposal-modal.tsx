import { Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveError } from '../../components/save-error';
import { useServerFieldErrors } from '../../lib/field-errors';
import { PROPOSAL_KINDS, PROPOSAL_LIMITS, type ProposalKind, type ProposalView } from './types';
import { useCreateProposal } from './use-proposals';

interface ProposalFormProps {
  partnershipId: string;
  onClose: () => void;
  /** Hears the proposal as the API stored it. */
  onSaved?: (proposal: ProposalView) => void;
}

interface ProposalModalProps extends ProposalFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts empty. */
  session: number;
}

/** A member or observer proposes a new focus area or a new activity. */
export function ProposalModal({ opened, session, ...form }: ProposalModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={t('proposals.form.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <ProposalForm key={session} {...form} />
    </Modal>
  );
}

type Field = 'kind' | 'title' | 'description';

interface Draft {
  kind: ProposalKind | '';
  title: string;
  description: string;
}

function invalidFields(draft: Draft): Set<Field> {
  const fields = new Set<Field>();
  if (draft.kind === '') fields.add('kind');
  if (draft.title.trim() === '' || draft.title.length > PROPOSAL_LIMITS.title) fields.add('title');
  if (draft.description.length > PROPOSAL_LIMITS.description) fields.add('description');
  return fields;
}

function ProposalForm({ partnershipId, onClose, onSaved }: ProposalFormProps) {
  const { t } = useTranslation();
  const create = useCreateProposal(partnershipId);
  const [draft, setDraft] = useState<Draft>({ kind: '', title: '', description: '' });
  const [checked, setChecked] = useState(false);
  const server = useServerFieldErrors(create.error);
  const invalid = checked ? invalidFields(draft) : new Set<Field>();

  const messages: Record<Field, string> = {
    kind: t('proposals.form.kindInvalid'),
    title: t('proposals.form.titleInvalid', { max: PROPOSAL_LIMITS.title }),
    description: t('form.tooLong', { max: PROPOSAL_LIMITS.description }),
  };
  const labels: Record<Field, string> = {
    kind: t('proposals.form.kind'),
    title: t('proposals.form.proposalTitle'),
    description: t('proposals.form.description'),
  };
  const errorFor = (field: Field) =>
    invalid.has(field) ? messages[field] : server.errorFor(field, messages[field]);
  const set = <K extends Field>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalidFields(draft).size > 0 || draft.kind === '') return;
    const description = draft.description.trim();
    create.mutate(
      {
        kind: draft.kind,
        title: draft.title.trim(),
        ...(description ? { description } : {}),
      },
      {
        onSuccess: (view) => {
          onSaved?.(view);
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('proposals.form.intro')}</Text>
        <Text size="sm">{t('form.noPersonalData')}</Text>
        <Radio.Group
          label={labels.kind}
          required
          value={draft.kind}
          onChange={(value) => set('kind', value as ProposalKind)}
          error={errorFor('kind')}
        >
          <Stack gap="xs" mt="xs">
            {PROPOSAL_KINDS.map((kind) => (
              <Radio key={kind} value={kind} label={t(`proposals.kind.${kind}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          label={labels.title}
          required
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errorFor('title')}
        />
        <Textarea
          label={labels.description}
          description={t('proposals.form.descriptionHelp')}
          autosize
          minRows={4}
          value={draft.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errorFor('description')}
        />
        {create.isError && (
          <SaveError
            error={create.error}
            onReload={() => create.reset()}
            fieldLabel={(field) => labels[field as Field]}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('proposals.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
