import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FocusAreaView } from '../../../api/types';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { VersionedDeleteModal } from '../../../components/versioned-delete-modal';
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
  return (
    <VersionedDeleteModal
      item={area}
      mutation={useDeleteFocusArea(partnershipId)}
      reload={reload}
      opened={opened}
      onClose={onClose}
      title={t('focusAreas.deleteTitle')}
      confirmLabel={t('focusAreas.delete')}
    >
      <Text>{t('focusAreas.deleteText', { title: area?.title })}</Text>
    </VersionedDeleteModal>
  );
}
