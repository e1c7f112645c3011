import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyView, SignatoryInput, SignatoryView, TermView } from '../../../api/types';
import { SaveError } from '../../../components/save-error';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { formatYears } from '../format';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { useAddSignatory, useUpdateSignatory } from './use-party-mutations';

const MAX_NAME = 200;
const MAX_TITLE = 200;

interface SignatoryFormProps {
  partnershipId: string;
  /** The party the signatory signs for; null before the first opening. */
  party: PartyView | null;
  /** The signatory to change, as it was when the user chose to edit it; null to add one. */
  signatory: SignatoryView | null;
  terms: TermView[];
  onClose: () => void;
}

interface SignatoryModalProps extends SignatoryFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts from the signatory as it is then. */
  session: number;
}

/** Adds a signatory to a party, or changes one against the version the user started from. */
export function SignatoryModal({ opened, session, ...form }: SignatoryModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={form.signatory ? t('parties.editSignatoryTitle') : t('parties.addSignatoryTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {form.party && <SignatoryForm key={session} {...form} party={form.party} />}
    </Modal>
  );
}

function SignatoryForm({
  partnershipId,
  party,
  signatory,
  terms,
  onClose,
}: SignatoryFormProps & { party: PartyView }) {
  const { t } = useTranslation();
  const { reload } = usePartnershipContext();
  const add = useAddSignatory(partnershipId, party.id);
  const update = useUpdateSignatory(partnershipId, party.id);
  const mutation = signatory ? update : add;
  const [base, setBase] = useState(signatory);
  const [name, setName] = useState(signatory?.name ?? '');
  const [title, setTitle] = useState(signatory?.title ?? '');
  // A new signature is most often for the agreement period now running: the newest one.
  const [termId, setTermId] = useState(
    signatory ? (signatory.termId ?? '') : (terms.at(-1)?.id ?? ''),
  );
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);

  const nameInvalid = name.trim().length === 0 || name.length > MAX_NAME;
  const titleInvalid = title.length > MAX_TITLE;
  const messages = {
    name: t('parties.signatoryNameInvalid'),
    title: t('form.tooLong', { max: MAX_TITLE }),
    termId: t('parties.signatoryTermInvalid'),
  };
  const fieldLabel = (field: string) =>
    ({
      name: t('parties.signatoryNameLabel'),
      title: t('parties.signatoryTitleLabel'),
      termId: t('parties.signatoryTermLabel'),
    })[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (nameInvalid || titleInvalid) return;
    // Left out, the title and the term are recorded as not known.
    const input: SignatoryInput = {
      name: name.trim(),
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(termId ? { termId } : {}),
    };
    if (base) {
      update.mutate({ id: base.id, version: base.version, input }, { onSuccess: onClose });
    } else {
      add.mutate(input, { onSuccess: onClose });
    }
  };

  const reloadNewest = async () => {
    setReloading(true);
    const fresh = (await reload())?.parties
      .find((candidate) => candidate.id === party.id)
      ?.signatories.find((candidate) => candidate.id === base?.id);
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    setName(fresh.name);
    setTitle(fresh.title ?? '');
    setTermId(fresh.termId ?? '');
    setChecked(false);
    mutation.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('parties.signatoryFor', { organisation: party.organisation.name })}</Text>
        <TextInput
          label={t('parties.signatoryNameLabel')}
          required
          autoComplete="off"
          data-autofocus
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={checked && nameInvalid ? messages.name : server.errorFor('name', messages.name)}
        />
        <TextInput
          label={t('parties.signatoryTitleLabel')}
          description={t('parties.signatoryTitleHelp')}
          autoComplete="off"
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={
            checked && titleInvalid ? messages.title : server.errorFor('title', messages.title)
          }
        />
        <NativeSelect
          label={t('parties.signatoryTermLabel')}
          value={termId}
          onChange={(event) => setTermId(event.currentTarget.value)}
          data={[
            { value: '', label: t('parties.noTerm') },
            ...terms.map((term) => ({
              value: term.id,
              label: formatYears(term.startDate, term.endDate),
            })),
          ]}
          error={server.errorFor('termId', messages.termId)}
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
            {signatory ? t('common.save') : t('parties.addSignatorySubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
