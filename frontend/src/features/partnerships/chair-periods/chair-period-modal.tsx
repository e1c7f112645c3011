import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChairPeriodView } from '../../../api/types';
import { OrganisationSelect } from '../../../components/organisation-select';
import { SaveError } from '../../../components/save-error';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { useAllOrganisations } from '../../../lib/lookups';
import { formatPeriod } from '../format';
import { usePartnershipContext } from '../../../lib/partnership-context';
import {
  checkChair,
  draftOf,
  inputOf,
  MAX_NOTE,
  type ChairDraft,
  type ChairProblem,
} from './chair-period-draft';
import { useCreateChairPeriod, useUpdateChairPeriod } from './use-chair-period-mutations';

interface ChairFormProps {
  /** The chair period to change, as it was when the user chose to edit it; null to add one. */
  period: ChairPeriodView | null;
  /** What a new chair period's form starts with (the next one comes prefilled). */
  draft: ChairDraft;
  onClose: () => void;
}

interface ChairPeriodModalProps extends ChairFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts from the chair period as it is then. */
  session: number;
}

/** Sets a chair period, or changes one against the version the user started from. */
export function ChairPeriodModal({ opened, session, ...form }: ChairPeriodModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={form.period ? t('chairPeriods.editTitle') : t('chairPeriods.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <ChairForm key={session} {...form} />
    </Modal>
  );
}

function ChairForm({ period, draft: initial, onClose }: ChairFormProps) {
  const { t, i18n } = useTranslation();
  const { partnership, reload } = usePartnershipContext();
  const create = useCreateChairPeriod(partnership.id);
  const update = useUpdateChairPeriod(partnership.id);
  const mutation = period ? update : create;
  const [base, setBase] = useState(period);
  const [draft, setDraft] = useState<ChairDraft>(period ? draftOf(period) : initial);
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const organisations = useAllOrganisations();

  const active = organisations.data ?? [];
  const current = base?.organisation;
  const choosable = (id: string) =>
    active.some((organisation) => organisation.id === id) || id === current?.id;
  // A suggested municipality that is no longer active cannot be chosen; the user picks another.
  const organisationId = choosable(draft.organisationId) ? draft.organisationId : '';
  const chosen = { ...draft, organisationId };

  const others = partnership.chairPeriods.filter((other) => other.id !== base?.id);
  const { problems, overlapping } = checkChair(chosen, others);
  const invalid = Object.keys(problems).length > 0 || overlapping !== undefined;

  const problemText = (problem: ChairProblem): string =>
    ({
      organisationMissing: t('chairPeriods.organisationMissing'),
      startMissing: t('chairPeriods.startMissing'),
      endMissing: t('chairPeriods.endMissing'),
      endBeforeStart: t('chairPeriods.endBeforeStart'),
      noteTooLong: t('form.tooLong', { max: MAX_NOTE }),
    })[problem];
  const serverMessages: Record<keyof ChairDraft, string> = {
    organisationId: t('chairPeriods.organisationInvalid'),
    startDate: t('chairPeriods.overlapsAnother'),
    endDate: t('chairPeriods.endBeforeStart'),
    note: t('form.tooLong', { max: MAX_NOTE }),
  };
  const errorFor = (field: keyof ChairDraft): string | undefined => {
    const problem = problems[field];
    if (checked && problem) return problemText(problem);
    if (checked && field === 'startDate' && overlapping) {
      return t('chairPeriods.overlaps', {
        organisation: overlapping.organisation.name,
        period: formatPeriod(overlapping.startDate, overlapping.endDate, i18n.language),
      });
    }
    return server.errorFor(field, serverMessages[field]);
  };
  const fieldLabel = (field: string) =>
    ({
      organisationId: t('chairPeriods.organisationLabel'),
      startDate: t('chairPeriods.startLabel'),
      endDate: t('chairPeriods.endLabel'),
      note: t('chairPeriods.noteLabel'),
    })[field];

  const set = (field: keyof ChairDraft) => (value: string) =>
    setDraft((previous) => ({ ...previous, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalid || !organisations.isSuccess) return;
    const input = inputOf(chosen);
    if (base) {
      update.mutate({ id: base.id, version: base.version, input }, { onSuccess: onClose });
    } else {
      create.mutate(input, { onSuccess: onClose });
    }
  };

  const reloadNewest = async () => {
    setReloading(true);
    const fresh = (await reload())?.chairPeriods.find((candidate) => candidate.id === base?.id);
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
        <OrganisationSelect
          label={t('chairPeriods.organisationLabel')}
          description={t('chairPeriods.organisationHelp')}
          required
          autoFocus
          value={organisationId}
          onChange={set('organisationId')}
          parties={partnership.parties.map((party) => party.organisation)}
          current={current}
          keep="current"
          labels={{
            none: t('chairPeriods.chooseOrganisation'),
            parties: t('chairPeriods.partiesGroup'),
            others: t('chairPeriods.othersGroup'),
            loading: t('chairPeriods.organisationsLoading'),
            failed: t('chairPeriods.organisationsFailed'),
          }}
          error={errorFor('organisationId')}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('chairPeriods.startLabel')}
            required
            value={draft.startDate}
            onChange={(event) => set('startDate')(event.currentTarget.value)}
            error={errorFor('startDate')}
          />
          <TextInput
            type="date"
            label={t('chairPeriods.endLabel')}
            required
            value={draft.endDate}
            onChange={(event) => set('endDate')(event.currentTarget.value)}
            error={errorFor('endDate')}
          />
        </Group>
        <Textarea
          label={t('chairPeriods.noteLabel')}
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
          <Button type="submit" loading={mutation.isPending} disabled={!organisations.isSuccess}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
