import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkingGroupStatus } from './types';

/** Filled badges in shades whose white text stays above WCAG AA contrast (4.5:1 or more). */
const STATUS_COLORS: Record<WorkingGroupStatus, string> = {
  ACTIVE: 'teal.9',
  CLOSED: 'dark.6',
};

export function WorkingGroupStatusBadge({ status }: { status: WorkingGroupStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={STATUS_COLORS[status]} radius="sm" style={{ flexShrink: 0 }}>
      <VisuallyHidden>{t('common.status')}: </VisuallyHidden>
      {t(`workingGroups.status.${status}`)}
    </Badge>
  );
}
