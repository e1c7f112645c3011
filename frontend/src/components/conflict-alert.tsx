import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConflictAlertProps {
  /** Fetches the newest version and starts the edit again from it. */
  onReload: () => void;
  reloading?: boolean;
}

/** Someone else changed what the user was editing (412 version-mismatch): nothing was saved. */
export function ConflictAlert({ onReload, reloading = false }: ConflictAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert variant="outline" color="red.9" title={t('conflict.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('conflict.message')}</Text>
        <Button size="sm" onClick={onReload} loading={reloading}>
          {t('conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
