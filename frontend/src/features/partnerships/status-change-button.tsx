import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipStatus, PartnershipView } from '../../api/types';
import { SaveError } from '../../components/save-error';
import { usePartnershipContext } from '../../lib/partnership-context';
import { useDialog } from '../../lib/use-dialog';
import { NEXT_STATUSES, useChangeStatus } from './use-partnership-mutations';

interface StatusChangeFormProps {
  partnership: PartnershipView;
  onClose: () => void;
}

function StatusChangeForm({ partnership, onClose }: StatusChangeFormProps) {
  const { t } = useTranslation();
  const { reload } = usePartnershipContext();
  const mutation = useChangeStatus(partnership.id);
  // The status and version the change is based on, fixed when the dialog opened.
  const [{ status, version }] = useState(() => ({
    status: partnership.status,
    version: partnership.version,
  }));
  const options = NEXT_STATUSES[status];
  const [target, setTarget] = useState<PartnershipStatus | null>(
    options.length === 1 ? options[0] : null,
  );
  const [missing, setMissing] = useState(false);
  const [reloading, setReloading] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!target) {
      setMissing(true);
      return;
    }
    mutation.mutate({ version, status: target }, { onSuccess: onClose });
  };

  const reloadAndClose = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('statusChange.current', { status: t(`status.${status}`) })}</Text>
        <Radio.Group
          label={t('statusChange.next')}
          value={target}
          onChange={(value) => {
            setTarget(value as PartnershipStatus);
            setMissing(false);
          }}
          error={missing ? t('statusChange.missing') : undefined}
          required
        >
          <Stack gap="xs" mt="xs">
            {options.map((option) => (
              <Radio key={option} value={option} label={t(`status.${option}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {target === 'ENDED' && <Text size="sm">{t('statusChange.endedNote')}</Text>}
        {mutation.isError && (
          <SaveError
            error={mutation.error}
            onReload={() => void reloadAndClose()}
            reloading={reloading}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('statusChange.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Skift status", offering only the statuses the lifecycle allows next; none once ended. */
export function StatusChangeButton({ partnership }: { partnership: PartnershipView }) {
  const { t } = useTranslation();
  const dialog = useDialog();
  const close = () => dialog.close();
  if (NEXT_STATUSES[partnership.status].length === 0) return null;
  return (
    <>
      <Button variant="default" onClick={() => dialog.open()}>
        {t('statusChange.button')}
      </Button>
      <Modal
        opened={dialog.opened}
        onClose={close}
        title={t('statusChange.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <StatusChangeForm key={dialog.session} partnership={partnership} onClose={close} />
      </Modal>
    </>
  );
}
