import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MinutesStatus } from '../../../api/types';

/** Outlined badges in dark shades, so their text stays above WCAG AA contrast on white. */
const STATUS_COLORS: Record<MinutesStatus, string> = {
  DRAFT: 'gray.8',
  IN_COMMENT: 'violet.9',
  APPROVED: 'teal.9',
  PUBLISHED: 'blue.9',
};

export function MinutesStatusBadge({ status }: { status: MinutesStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={STATUS_COLORS[status]} radius="sm" style={{ flexShrink: 0 }}>
      {t('minutes.badge', { status: t(`minutes.status.${status}`) })}
    </Badge>
  );
}
