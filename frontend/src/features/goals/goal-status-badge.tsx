import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GoalStatus } from './types';

/**
 * The goal's own status (active, achieved, dropped), apart from its indicators' traffic light.
 * Outlined, so it is not mistaken for the traffic light next to it.
 */
const STATUS_COLORS: Record<GoalStatus, string> = {
  ACTIVE: 'blue.9',
  ACHIEVED: 'teal.9',
  DROPPED: 'dark.6',
};

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={STATUS_COLORS[status]} radius="sm" style={{ flexShrink: 0 }}>
      <VisuallyHidden>{t('goals.statusLabel')}: </VisuallyHidden>
      {t(`goals.status.${status}`)}
    </Badge>
  );
}
