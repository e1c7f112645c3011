import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../api/types';
import { ConfirmModal } from '../../components/confirm-modal';
import { SaveError } from '../../components/save-error';
import { activeInput, useRefreshOrganisations, useUpdateOrganisation } from './use-organisations';

interface ActivationModalProps {
  /** The organisation as it was when the user chose to (de)activate it; null before the first time. */
  organisation: OrganisationView | null;
  opened: boolean;
  onClose: () => void;
  onChanged: (changed: OrganisationView) => void;
}

/**
 * Asks before deactivating an active organisation or reactivating a deactivated one. A conflict
 * (someone changed it meanwhile) offers a reload, which refetches and closes, so the user decides
 * again on what the organisation is now.
 */
export function ActivationModal({
  organisation,
  opened,
  onClose,
  onChanged,
}: ActivationModalProps) {
  const { t } = useTranslation();
  const mutation = useUpdateOrganisation();
  const refresh = useRefreshOrganisations();
  const [reloading, setReloading] = useState(false);
  const action = organisation?.active === false ? 'reactivate' : 'deactivate';

  const close = () => {
    onClose();
    mutation.reset();
  };

  const reloadAndClose = async () => {
    setReloading(true);
    await refresh();
    setReloading(false);
    close();
  };

  const confirm = () => {
    if (!organisation) return;
    mutation.mutate(
      {
        id: organisation.id,
        version: organisation.version,
        input: activeInput(organisation, !organisation.active),
      },
      {
        onSuccess: (changed) => {
          onChanged(changed);
          close();
        },
      },
    );
  };

  return (
    <ConfirmModal
      opened={opened}
      onClose={close}
      title={t(`organisations.${action}Title`)}
      confirmLabel={t(`organisations.${action}`)}
      danger={action === 'deactivate'}
      pending={mutation.isPending}
      onConfirm={confirm}
      error={
        mutation.isError && (
          <SaveError
            error={mutation.error}
            onReload={() => void reloadAndClose()}
            reloading={reloading}
          />
        )
      }
    >
      <Text>{t(`organisations.${action}Text`, { name: organisation?.name })}</Text>
    </ConfirmModal>
  );
}
