import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AccessibilityStatementPage } from '../features/accessibility/accessibility-statement-page';
import { LanguageSwitch } from './language-switch';
import { paths } from './paths';

/** The addresses shown without signing in. */
export function isPublicPath(pathname: string): boolean {
  return pathname === paths.accessibility() || pathname === paths.accessibilityShort();
}

/**
 * The accessibility statement for someone not signed in (the law asks that anyone can read it):
 * no router and no API, only the site's name, the language switch and the statement.
 */
export function PublicStatement() {
  const { t } = useTranslation();
  return (
    <>
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Box component="main" p="lg">
        <AccessibilityStatementPage />
      </Box>
    </>
  );
}
