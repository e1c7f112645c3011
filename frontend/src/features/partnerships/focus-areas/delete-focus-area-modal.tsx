import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusAreaView } from '../../../api/types';
import { ConfirmModal } from '../../../components/confirm-modal';
import { SaveError } from '../../../components/save-error';
import { usePartnershipContext } from '../partnership-context';
import { useDeleteFocusArea } from './use-focus-area-mutations';

interface DeleteFocusAreaModalProps {
  partnershipId: string;
  /** The focus area as it was when the user chose to delete it; null before the first time. */
  area: FocusAreaView | null;
  opened: boolean;
  onClose: () => void;
}

export function DeleteFocusAreaModal({
  partnershipId,
  area,
  opened,
  onClose,
}: DeleteFocusAreaModalProps) {
  const { t } = useTranslation();
  const { reload } = usePartnershipContext();
  const mutation = useDeleteFocusArea(partnershipId);
  const [reloading, setReloading] = useState(false);
  const close = () => {
    onClose();
    mutation.reset();
  };

  const reloadAndClose = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    close();
  };

  return (
    <ConfirmModal
      opened={opened}
      onClose={close}
      title={t('focusAreas.deleteTitle')}
      confirmLabel={t('focusAreas.delete')}
      danger
      pending={mutation.isPending}
      onConfirm={() => {
        if (area) mutation.mutate({ id: area.id, version: area.version }, { onSuccess: close });
      }}
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
      <Text>{t('focusAreas.deleteText', { title: area?.title })}</Text>
    </ConfirmModal>
  );
}
