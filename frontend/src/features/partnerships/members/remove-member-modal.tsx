import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../../api/types';
import { ConfirmModal } from '../../../components/confirm-modal';
import { SaveError } from '../../../components/save-error';
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
  const mutation = useRemoveMember(partnershipId);
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
      title={t('members.removeTitle')}
      confirmLabel={t('members.remove')}
      danger
      pending={mutation.isPending}
      onConfirm={() => {
        if (member) {
          mutation.mutate({ id: member.id, version: member.version }, { onSuccess: close });
        }
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
      <Text>{t('members.removeText', { name: member?.name })}</Text>
    </ConfirmModal>
  );
}
