import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { MeetingView } from '../../api/types';
import { ConfirmModal } from '../../components/confirm-modal';
import { TransitionError } from './transition-error';

interface TransitionModalProps {
  opened: boolean;
  onClose: () => void;
  reload: () => Promise<unknown>;
  version: number;
  mutation: UseMutationResult<MeetingView, unknown, { version: number }>;
  title: string;
  confirmLabel: string;
  refusedMessage?: string;
  children: ReactNode;
}

/** Asks before a change of status; a refusal offers to read the meeting again and closes. */
export function TransitionModal({
  opened,
  onClose,
  reload,
  version,
  mutation,
  title,
  confirmLabel,
  refusedMessage,
  children,
}: TransitionModalProps) {
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
      pending={mutation.isPending}
      onConfirm={() => mutation.mutate({ version }, { onSuccess: close })}
      error={
        mutation.isError && (
          <TransitionError
            error={mutation.error}
            onReload={() => void reloadAndClose()}
            reloading={reloading}
            refusedMessage={refusedMessage}
          />
        )
      }
    >
      {children}
    </ConfirmModal>
  );
}
