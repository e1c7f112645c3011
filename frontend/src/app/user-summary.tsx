import { Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/me/use-me';

/** The signed-in user's name and organisation, from GET /api/v1/me. */
export function UserSummary() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <Stack gap={0} align="flex-end" visibleFrom="md" data-testid="user-summary">
      <Text size="sm" fw={600}>
        <VisuallyHidden>{t('header.signedInAs')} </VisuallyHidden>
        {me.name}
      </Text>
      {me.organisation && (
        <Text size="xs" c="dimmed">
          {me.organisation}
        </Text>
      )}
    </Stack>
  );
}
