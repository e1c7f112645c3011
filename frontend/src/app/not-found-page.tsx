import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePartnershipScope } from '../lib/use-partnership-scope';
import { usePageTitle } from '../lib/use-page-title';
import { paths } from './paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  const scope = usePartnershipScope() ?? 'mine';
  usePageTitle(t('notFoundPage.title'));
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t('notFoundPage.title')}</Title>
      <Text>{t('notFoundPage.text')}</Text>
      <Anchor component={Link} to={paths.partnerships()}>
        {t(`notFoundPage.link.${scope}`)}
      </Anchor>
    </Stack>
  );
}
