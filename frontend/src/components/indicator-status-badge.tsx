import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from '../api/types';

/**
 * The traffic light in words as well as colour. White text only on shades that keep WCAG AA
 * contrast; the yellow one takes dark text instead.
 */
const STATUS_COLORS: Record<IndicatorStatus, string> = {
  ON_TRACK: '#1e6b30',
  AT_RISK: 'yellow.4',
  OFF_TRACK: 'red.9',
  NO_DATA: 'gray.7',
};

interface IndicatorStatusBadgeProps {
  status: IndicatorStatus;
  /**
   * A light read from a period not every area has reported for: outlined in a neutral colour and
   * named "Foreløbig status" in words, so it is not taken for the settled one.
   */
  preliminary?: boolean;
}

export function IndicatorStatusBadge({ status, preliminary = false }: IndicatorStatusBadgeProps) {
  const { t } = useTranslation();
  if (preliminary) {
    return (
      <Badge variant="outline" color="dark" radius="sm" style={{ flexShrink: 0 }}>
        {t('indicators.headline.preliminaryStatus', { status: t(`indicators.status.${status}`) })}
      </Badge>
    );
  }
  return (
    <Badge
      variant="filled"
      color={STATUS_COLORS[status]}
      autoContrast
      radius="sm"
      style={{ flexShrink: 0 }}
    >
      <VisuallyHidden>{t('common.status')}: </VisuallyHidden>
      {t(`indicators.status.${status}`)}
    </Badge>
  );
}
