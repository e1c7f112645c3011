import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../api/types';

/** Filled badges in shades whose white text stays above WCAG AA contrast (4.5:1 or more). */
const STATUS_COLORS: Record<MeetingStatus, string> = {
  PLANNED: 'blue.9',
  AGENDA_PUBLISHED: 'teal.9',
  HELD: 'dark.6',
  CANCELLED: 'red.9',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={STATUS_COLORS[status]} radius="sm" style={{ flexShrink: 0 }}>
      <VisuallyHidden>{t('common.status')}: </VisuallyHidden>
      {t(`meetings.status.${status}`)}
    </Badge>
  );
}
