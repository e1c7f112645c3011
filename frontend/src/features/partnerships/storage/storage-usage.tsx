import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../../lib/file-size';
import { useStorage } from './use-storage';

/** From this share of the quota on, the usage is shown in red with what to do about it. */
const NEARLY_FULL_PERCENT = 90;

interface StorageUsageProps {
  partnershipId: string;
}

/**
 * How much of the partnership's room for files is used, for those who run it: they are the ones
 * who can remove files or ask for more room before an upload is refused.
 */
export function StorageUsage({ partnershipId }: StorageUsageProps) {
  const { t, i18n } = useTranslation();
  const storage = useStorage(partnershipId);
  const detailsId = useId();

  if (storage.isPending) {
    return (
      <Text size="sm" role="status">
        {t('storage.loading')}
      </Text>
    );
  }
  if (storage.isError) {
    return (
      <Group gap="sm">
        <Text size="sm">{t('storage.failed')}</Text>
        <Button
          size="compact-sm"
          variant="default"
          loading={storage.isFetching}
          onClick={() => void storage.refetch()}
        >
          {t('common.retry')}
        </Button>
      </Group>
    );
  }

  const size = (bytes: number) => formatFileSize(bytes, i18n.language);
  const { usedBytes, quotaBytes } = storage.data;
  const percent = quotaBytes > 0 ? Math.min(100, (usedBytes / quotaBytes) * 100) : 100;
  const nearlyFull = percent >= NEARLY_FULL_PERCENT;
  const usage = t('storage.usage', { used: size(usedBytes), quota: size(quotaBytes) });

  return (
    <Stack gap={4} w="100%" maw="28rem">
      <Text size="sm">{usage}</Text>
      <Progress.Root
        size="sm"
        role="progressbar"
        aria-label={t('storage.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(percent)}
        aria-valuetext={usage}
        aria-describedby={detailsId}
      >
        <Progress.Section
          value={percent}
          color={nearlyFull ? 'red.9' : undefined}
          withAria={false}
        />
      </Progress.Root>
      <Text size="xs" c="dimmed" id={detailsId}>
        {t('storage.byKind', {
          agreements: size(storage.data.agreementDocuments),
          attachments: size(storage.data.agendaAttachments),
          reports: size(storage.data.activityReports),
        })}
      </Text>
      {nearlyFull && (
        <Text size="sm" c="red.9">
          {t('storage.nearlyFull')}
        </Text>
      )}
    </Stack>
  );
}
