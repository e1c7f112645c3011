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

interface MinutesStatusBadgeProps {
  status: MinutesStatus;
  /** How many versions were published; named only once a correction made more than one. */
  version?: number;
}

export function MinutesStatusBadge({ status, version = 0 }: MinutesStatusBadgeProps) {
  const { t } = useTranslation();
  const shown = t(`minutes.status.${status}`);
  return (
    <Badge variant="outline" color={STATUS_COLORS[status]} radius="sm" style={{ flexShrink: 0 }}>
      {status === 'PUBLISHED' && version > 1
        ? t('minutes.badgeVersion', { status: shown, version })
        : t('minutes.badge', { status: shown })}
    </Badge>
  );
}
