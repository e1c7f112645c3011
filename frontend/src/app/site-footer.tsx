import { Anchor, Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from './paths';

/** Every page's footer, with the accessibility statement where Digitaliseringsstyrelsen asks for it. */
export function SiteFooter({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <Box component="footer" className={className}>
      <Anchor component={Link} to={paths.accessibility()} size="sm">
        {t('accessibility.footerLink')}
      </Anchor>
    </Box>
  );
}
