import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from './types';

/** Filled badges in shades whose white text stays above WCAG AA contrast (4.5:1 or more). */
const STATUS_COLORS: Record<ActivityStatus, string> = {
  PLANNED: 'blue.9',
  ONGOING: 'teal.9',
  COMPLETED: 'dark.6',
  CANCELLED: 'red.9',
};

export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={STATUS_COLORS[status]} radius="sm" style={{ flexShrink: 0 }}>
      <VisuallyHidden>{t('common.status')}: </VisuallyHidden>
      {t(`activities.status.${status}`)}
    </Badge>
  );
}

/**
 * Marks an activity the work programme gives special focus, as Furesø's tables set them apart. In
 * words, so it does not rest on colour.
 */
export function SpecialFocusBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="grape.9" radius="sm" style={{ flexShrink: 0 }}>
      {t('activities.specialFocus')}
    </Badge>
  );
}
