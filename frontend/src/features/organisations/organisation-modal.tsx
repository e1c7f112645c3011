import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationInput, OrganisationKind, OrganisationView } from '../../api/types';
import { SaveError } from '../../components/save-error';
import { useServerFieldErrors } from '../../lib/field-errors';
import { isOrganisationKind, ORGANISATION_KINDS } from './kinds';
import {
  useCreateOrganisation,
  useFetchOrganisation,
  useUpdateOrganisation,
} from './use-organisations';

const MAX_NAME = 200;
/** The format only; the check digit is the API's to judge, so there is one rule, not two. */
const CVR_FORMAT = /^[0-9]{8}$/;

interface OrganisationFormProps {
  /** The organisation to change, as it was when the user chose to edit it; null to create one. */
  organisation: OrganisationView | null;
  onClose: () => void;
  onSaved: (saved: OrganisationView) => void;
}

interface OrganisationModalProps extends OrganisationFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts from the organisation as it is then. */
  session: number;
}

/** Creates an organisation, or changes one against the version the user started from. */
export function OrganisationModal({ opened, session, ...form }: OrganisationModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={form.organisation ? t('organisations.editTitle') : t('organisations.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <OrganisationForm key={session} {...form} />
    </Modal>
  );
}

/** People copy CVR numbers with spaces ("6364 0719"); the API wants the digits only. */
function normaliseCvr(value: string): string {
  return value.replace(/\s+/g, '');
}

function OrganisationForm({ organisation, onClose, onSaved }: OrganisationFormProps) {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const fetchOrganisation = useFetchOrganisation();
  const mutation = organisation ? update : create;
  const [base, setBase] = useState(organisation);
  const [name, setName] = useState(organisation?.name ?? '');
  const [kind, setKind] = useState<OrganisationKind | ''>(organisation?.kind ?? '');
  const [cvr, setCvr] = useState(organisation?.cvr ?? '');
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);

  const cvrDigits = normaliseCvr(cvr);
  const nameInvalid = name.trim().length === 0 || name.length > MAX_NAME;
  const kindInvalid = kind === '';
  const cvrInvalid = cvrDigits !== '' && !CVR_FORMAT.test(cvrDigits);
  const fieldLabel = (field: string) =>
    ({
      name: t('organisations.name'),
      kind: t('organisations.kind'),
      cvr: t('organisations.cvr'),
    })[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (nameInvalid || kind === '' || cvrInvalid) return;
    const input: OrganisationInput = {
      name: name.trim(),
      kind,
      // The API would read a missing flag as "active", which would reactivate a deactivated one.
      active: base?.active ?? true,
      ...(cvrDigits ? { cvr: cvrDigits } : {}),
    };
    if (base) {
      update.mutate(
        { id: base.id, version: base.version, input },
        { onSuccess: (saved) => onSaved(saved) },
      );
    } else {
      create.mutate(input, { onSuccess: (saved) => onSaved(saved) });
    }
  };

  const reloadNewest = async () => {
    if (!base) return;
    setReloading(true);
    try {
      const fresh = await fetchOrganisation(base.id);
      setBase(fresh);
      setName(fresh.name);
      setKind(fresh.kind);
      setCvr(fresh.cvr ?? '');
      setChecked(false);
      mutation.reset();
    } catch {
      // The conflict message stays, so the user can try the reload again.
    } finally {
      setReloading(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('organisations.name')}
          required
          data-autofocus
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={
            checked && nameInvalid
              ? t('organisations.nameInvalid', { max: MAX_NAME })
              : server.errorFor('name', t('organisations.nameTaken'))
          }
        />
        <NativeSelect
          label={t('organisations.kind')}
          required
          value={kind}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setKind(isOrganisationKind(value) ? value : '');
          }}
          data={[
            { value: '', label: t('organisations.chooseKind'), disabled: true },
            ...ORGANISATION_KINDS.map((value) => ({
              value,
              label: t(`organisationKind.${value}`),
            })),
          ]}
          error={
            checked && kindInvalid
              ? t('organisations.kindInvalid')
              : server.errorFor('kind', t('organisations.kindInvalid'))
          }
        />
        <TextInput
          label={t('organisations.cvr')}
          description={t('organisations.cvrHelp')}
          inputMode="numeric"
          autoComplete="off"
          value={cvr}
          onChange={(event) => setCvr(event.currentTarget.value)}
          error={
            checked && cvrInvalid
              ? t('organisations.cvrFormat')
              : server.errorFor('cvr', t('organisations.cvrInvalid'))
          }
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
            {organisation ? t('common.save') : t('organisations.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
