import { Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../lib/use-page-title';

interface AuthUnavailablePageProps {
  onRetry: () => void;
}

/** Full-page message when Keycloak cannot be reached, instead of a blank page. */
export function AuthUnavailablePage({ onRetry }: AuthUnavailablePageProps) {
  const { t } = useTranslation();
  usePageTitle(t('auth.unavailableTitle'));
  return (
    <Container size="sm" py={64} component="main">
      <Paper withBorder p="xl" radius="md">
        <Stack gap="md" align="flex-start">
          <Text fw={700}>{t('app.name')}</Text>
          <Title order={1}>{t('auth.unavailableTitle')}</Title>
          <Text>{t('auth.unavailableText')}</Text>
          <Text>{t('auth.unavailableAdvice')}</Text>
          <Button onClick={onRetry}>{t('auth.retry')}</Button>
        </Stack>
      </Paper>
    </Container>
  );
}
