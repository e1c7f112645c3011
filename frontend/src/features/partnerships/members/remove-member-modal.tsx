import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../../api/types';
import { VersionedDeleteModal } from '../../../components/versioned-delete-modal';
import { useRemoveMember } from './use-members';

interface RemoveMemberModalProps {
  partnershipId: string;
  /** The member as they were when the user chose to remove them; null before the first time. */
  member: MemberView | null;
  opened: boolean;
  onClose: () => void;
  reload: () => Promise<unknown>;
}

export function RemoveMemberModal({
  partnershipId,
  member,
  opened,
  onClose,
  reload,
}: RemoveMemberModalProps) {
  const { t } = useTranslation();
  return (
    <VersionedDeleteModal
      item={member}
      mutation={useRemoveMember(partnershipId)}
      reload={reload}
      opened={opened}
      onClose={onClose}
      title={t('members.removeTitle')}
      confirmLabel={t('members.remove')}
    >
      <Text>{t('members.removeText', { name: member?.name })}</Text>
    </VersionedDeleteModal>
  );
}
