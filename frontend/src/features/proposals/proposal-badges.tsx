import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProposalStatus } from './types';

/** Filled badges in shades whose white text stays above WCAG AA contrast (4.5:1 or more). */
const STATUS_COLORS: Record<ProposalStatus, string> = {
  SUBMITTED: 'blue.9',
  ON_AGENDA: 'violet.9',
  ACCEPTED: 'teal.9',
  REJECTED: 'red.9',
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={STATUS_COLORS[status]} radius="sm" style={{ flexShrink: 0 }}>
      <VisuallyHidden>{t('common.status')}: </VisuallyHidden>
      {t(`proposals.status.${status}`)}
    </Badge>
  );
}

/** Tells the proposer which proposals are theirs, in words. */
export function MineBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="dark.6" radius="sm" style={{ flexShrink: 0 }}>
      {t('proposals.mine')}
    </Badge>
  );
}
