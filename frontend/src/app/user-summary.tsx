import { Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../lib/use-me';
import classes from './user-summary.module.css';

/**
 * The signed-in user's name and organisation, from GET /api/v1/me. Shown at every width; a long
 * name or organisation wraps rather than being cut off.
 */
export function UserSummary() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <Stack gap={0} className={classes.summary} data-testid="user-summary">
      <Text size="sm" fw={600} lh={1.25}>
        <VisuallyHidden>{t('header.signedInAs')} </VisuallyHidden>
        {me.name}
      </Text>
      {me.organisation && (
        <Text size="xs" c="dimmed" lh={1.25}>
          {me.organisation}
        </Text>
      )}
    </Stack>
  );
}
