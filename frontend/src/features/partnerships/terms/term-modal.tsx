import { Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermKind, TermView } from '../../../api/types';
import { SaveError } from '../../../components/save-error';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { formatPeriod } from '../format';
import { usePartnershipContext } from '../../../lib/partnership-context';
import {
  checkTerm,
  draftOf,
  inputOf,
  MAX_EVALUATION,
  MAX_NOTE,
  TERM_KINDS,
  type TermDraft,
  type TermProblem,
} from './term-draft';
import { useCreateTerm, useUpdateTerm } from './use-term-mutations';

interface TermFormProps {
  partnershipId: string;
  /** The term to change, as it was when the user chose to edit it; null to add one. */
  term: TermView | null;
  /** What a new term's form starts with (a renewal comes prefilled). */
  draft: TermDraft;
  /** Puts the keyboard focus on the end date, when the start is already filled in. */
  focusEnd?: boolean;
  onClose: () => void;
}

interface TermModalProps extends TermFormProps {
  opened: boolean;
  title: string;
  /** A new number for each opening, so the form starts from the term as it is then. */
  session: number;
}

/** Adds a term (or a renewal), or changes one against the version the user started from. */
export function TermModal({ opened, session, title, ...form }: TermModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <TermForm key={session} {...form} />
    </Modal>
  );
}

function TermForm({ partnershipId, term, draft: initial, focusEnd, onClose }: TermFormProps) {
  const { t, i18n } = useTranslation();
  const { partnership, reload } = usePartnershipContext();
  const create = useCreateTerm(partnershipId);
  const update = useUpdateTerm(partnershipId);
  const mutation = term ? update : create;
  const [base, setBase] = useState(term);
  const [draft, setDraft] = useState<TermDraft>(term ? draftOf(term) : initial);
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);

  const others = partnership.terms.filter((other) => other.id !== base?.id);
  const { problems, overlapping } = checkTerm(draft, others);
  const invalid = Object.keys(problems).length > 0 || overlapping !== undefined;

  const problemText = (problem: TermProblem): string =>
    ({
      startMissing: t('terms.startMissing'),
      endMissing: t('terms.endMissing'),
      endNotAfterStart: t('terms.endNotAfterStart'),
      signedOnInvalid: t('terms.signedOnInvalid'),
      evaluationTooLong: t('form.tooLong', { max: MAX_EVALUATION }),
      noteTooLong: t('form.tooLong', { max: MAX_NOTE }),
    })[problem];
  const serverMessages: Record<keyof TermDraft, string> = {
    startDate: t('terms.overlapsAnother'),
    endDate: t('terms.endNotAfterStart'),
    kind: t('terms.kindInvalid'),
    signedOn: t('terms.signedOnInvalid'),
    evaluationOutcome: t('form.tooLong', { max: MAX_EVALUATION }),
    note: t('form.tooLong', { max: MAX_NOTE }),
  };
  const errorFor = (field: keyof TermDraft): string | undefined => {
    const problem = problems[field];
    if (checked && problem) return problemText(problem);
    if (checked && field === 'startDate' && overlapping) {
      return t('terms.overlaps', {
        period: formatPeriod(overlapping.startDate, overlapping.endDate, i18n.language),
      });
    }
    return server.errorFor(field, serverMessages[field]);
  };
  const fieldLabel = (field: string) =>
    ({
      startDate: t('terms.startLabel'),
      endDate: t('terms.endLabel'),
      kind: t('terms.kindLabel'),
      signedOn: t('terms.signedOnLabel'),
      evaluationOutcome: t('terms.evaluationLabel'),
      note: t('terms.noteLabel'),
    })[field];

  const set = (field: keyof TermDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalid) return;
    const input = inputOf(draft);
    if (base) {
      update.mutate({ id: base.id, version: base.version, input }, { onSuccess: onClose });
    } else {
      create.mutate(input, { onSuccess: onClose });
    }
  };

  const reloadNewest = async () => {
    setReloading(true);
    const fresh = (await reload())?.terms.find((candidate) => candidate.id === base?.id);
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    setDraft(draftOf(fresh));
    setChecked(false);
    mutation.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('terms.startLabel')}
            required
            data-autofocus={focusEnd ? undefined : true}
            value={draft.startDate}
            onChange={(event) => set('startDate')(event.currentTarget.value)}
            error={errorFor('startDate')}
          />
          <TextInput
            type="date"
            label={t('terms.endLabel')}
            required
            data-autofocus={focusEnd ? true : undefined}
            value={draft.endDate}
            onChange={(event) => set('endDate')(event.currentTarget.value)}
            error={errorFor('endDate')}
          />
        </Group>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('terms.kindLabel')}
            value={draft.kind}
            onChange={(event) => set('kind')(event.currentTarget.value as TermKind)}
            data={TERM_KINDS.map((value) => ({ value, label: t(`termKind.${value}`) }))}
            error={errorFor('kind')}
          />
          <TextInput
            type="date"
            label={t('terms.signedOnLabel')}
            description={t('terms.signedOnHelp')}
            value={draft.signedOn}
            onChange={(event) => set('signedOn')(event.currentTarget.value)}
            error={errorFor('signedOn')}
          />
        </Group>
        {term && (
          <Textarea
            label={t('terms.evaluationLabel')}
            description={t('terms.evaluationHelp')}
            autosize
            minRows={3}
            value={draft.evaluationOutcome}
            onChange={(event) => set('evaluationOutcome')(event.currentTarget.value)}
            error={errorFor('evaluationOutcome')}
          />
        )}
        <Textarea
          label={t('terms.noteLabel')}
          description={t('form.noPersonalData')}
          autosize
          minRows={2}
          value={draft.note}
          onChange={(event) => set('note')(event.currentTarget.value)}
          error={errorFor('note')}
        />
        {mutation.isError && (
          <SaveError
            error={mutation.error}
            onReload={() => void reloadNewest()}
            reloading={reloading}
            fieldLabel={fieldLabel}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
