import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartyView } from '../../../api/types';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { VersionedDeleteModal } from '../../../components/versioned-delete-modal';
import { useRemoveParty } from './use-party-mutations';

interface RemovePartyModalProps {
  partnershipId: string;
  /** The party as it was when the user chose to remove it; null before the first time. */
  party: PartyView | null;
  opened: boolean;
  onClose: () => void;
}

export function RemovePartyModal({ partnershipId, party, opened, onClose }: RemovePartyModalProps) {
  const { t } = useTranslation();
  const { reload } = usePartnershipContext();
  const count = party?.signatories.length ?? 0;
  return (
    <VersionedDeleteModal
      item={party}
      mutation={useRemoveParty(partnershipId)}
      reload={reload}
      opened={opened}
      onClose={onClose}
      title={t('parties.removeTitle')}
      confirmLabel={t('parties.remove')}
    >
      <Text>{t('parties.removeText', { organisation: party?.organisation.name })}</Text>
      {count > 0 && <Text>{t('parties.removeSignatoriesNote', { count })}</Text>}
    </VersionedDeleteModal>
  );
}
