import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartyView, SignatoryView } from '../../../api/types';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { VersionedDeleteModal } from '../../../components/versioned-delete-modal';
import { useRemoveSignatory } from './use-party-mutations';

interface RemoveSignatoryModalProps {
  partnershipId: string;
  /** The party the signatory signed for; null before the first time. */
  party: PartyView | null;
  /** The signatory as it was when the user chose to remove it; null before the first time. */
  signatory: SignatoryView | null;
  opened: boolean;
  onClose: () => void;
}

export function RemoveSignatoryModal({
  partnershipId,
  party,
  signatory,
  opened,
  onClose,
}: RemoveSignatoryModalProps) {
  const { t } = useTranslation();
  const { reload } = usePartnershipContext();
  return (
    <VersionedDeleteModal
      item={signatory}
      mutation={useRemoveSignatory(partnershipId, party?.id ?? '')}
      reload={reload}
      opened={opened}
      onClose={onClose}
      title={t('parties.removeSignatoryTitle')}
      confirmLabel={t('parties.remove')}
    >
      <Text>
        {t('parties.removeSignatoryText', {
          name: signatory?.name,
          organisation: party?.organisation.name,
        })}
      </Text>
    </VersionedDeleteModal>
  );
}
