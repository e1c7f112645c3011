import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { ConfirmModal } from './confirm-modal';
import { SaveError } from './save-error';

/** What a delete sends: the item and the version the user saw, for If-Match. */
export interface VersionedRef {
  id: string;
  version: number;
}

interface VersionedDeleteModalProps {
  /** The item as it was when the user chose to delete it; null before the first time. */
  item: VersionedRef | null;
  mutation: UseMutationResult<unknown, unknown, VersionedRef>;
  reload: () => Promise<unknown>;
  opened: boolean;
  onClose: () => void;
  title: string;
  confirmLabel: string;
  children: ReactNode;
}

/**
 * Confirms deleting one item of a partnership. A conflict (someone changed it meanwhile) shows the
 * save error with a reload, which refetches and closes so the user decides again on fresh data.
 */
export function VersionedDeleteModal({
  item,
  mutation,
  reload,
  opened,
  onClose,
  title,
  confirmLabel,
  children,
}: VersionedDeleteModalProps) {
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
      title={title}
      confirmLabel={confirmLabel}
      danger
      pending={mutation.isPending}
      onConfirm={() => {
        if (item) mutation.mutate({ id: item.id, version: item.version }, { onSuccess: close });
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
      {children}
    </ConfirmModal>
  );
}
