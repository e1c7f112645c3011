import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipStatus } from '../../api/types';

/** Filled badges in shades whose white text stays above WCAG AA contrast (4.5:1 or more). */
const STATUS_COLORS: Record<PartnershipStatus, string> = {
  DRAFT: 'gray.7',
  ACTIVE: 'teal.9',
  UNDER_EVALUATION: 'violet.9',
  RENEWED: 'blue.9',
  ENDED: 'dark.6',
};

export function PartnershipStatusBadge({ status }: { status: PartnershipStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="filled"
      color={STATUS_COLORS[status]}
      size="lg"
      radius="sm"
      style={{ flexShrink: 0 }}
    >
      <VisuallyHidden>{t('common.status')}: </VisuallyHidden>
      {t(`status.${status}`)}
    </Badge>
  );
}
