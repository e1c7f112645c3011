import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyView } from '../../../api/types';
import { LoadingState } from '../../../components/loading-state';
import { ProblemAlert } from '../../../components/problem-alert';
import { SaveError } from '../../../components/save-error';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { useAllOrganisations } from '../../../lib/lookups';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { useAddParty } from './use-party-mutations';

interface AddPartyFormProps {
  partnershipId: string;
  parties: PartyView[];
  onClose: () => void;
}

interface AddPartyModalProps extends AddPartyFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts afresh. */
  session: number;
}

/** Adds an organisation as a party; only active organisations that are not parties yet. */
export function AddPartyModal({ opened, session, ...form }: AddPartyModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={t('parties.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <AddPartyForm key={session} {...form} />
    </Modal>
  );
}

function AddPartyForm({ partnershipId, parties, onClose }: AddPartyFormProps) {
  const { t } = useTranslation();
  const { reload } = usePartnershipContext();
  const organisations = useAllOrganisations();
  const add = useAddParty(partnershipId);
  const [organisationId, setOrganisationId] = useState('');
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(add.error);

  const partyIds = new Set(parties.map((party) => party.organisation.id));
  const choices = (organisations.data ?? []).filter(
    (organisation) => !partyIds.has(organisation.id),
  );
  const organisationMessage = t('parties.organisationInvalid');
  const fieldLabel = (field: string) => ({ organisationId: t('parties.organisationLabel') })[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!organisationId) return;
    add.mutate({ organisationId }, { onSuccess: onClose });
  };

  // The organisation may have become a party or been deactivated meanwhile: read both again.
  const reloadNewest = async () => {
    setReloading(true);
    await Promise.all([reload(), organisations.refetch()]);
    setReloading(false);
    setOrganisationId('');
    setChecked(false);
    add.reset();
  };

  if (organisations.isPending) return <LoadingState label={t('parties.organisationsLoading')} />;
  if (organisations.isError) {
    return (
      <Stack gap="md">
        <ProblemAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    );
  }
  if (choices.length === 0) {
    return (
      <Stack gap="md">
        <Text>{t('parties.noOrganisations')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <NativeSelect
          label={t('parties.organisationLabel')}
          description={t('parties.organisationHelp')}
          required
          data-autofocus
          value={organisationId}
          onChange={(event) => setOrganisationId(event.currentTarget.value)}
          data={[
            { value: '', label: t('parties.chooseOrganisation'), disabled: true },
            ...choices.map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            })),
          ]}
          error={
            checked && !organisationId
              ? organisationMessage
              : server.errorFor('organisationId', organisationMessage)
          }
        />
        {add.isError && (
          <SaveError
            error={add.error}
            onReload={() => void reloadNewest()}
            reloading={reloading}
            fieldLabel={fieldLabel}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('parties.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
