import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Completeness, IndicatorStatus } from '../api/types';
import { formatPeriod } from '../lib/periods';
import { IndicatorStatusBadge } from './indicator-status-badge';

/**
 * What an indicator's headline says wherever it is shown (the indicator itself, a goal's
 * indicator). The server decides it: the status is that of the latest period every area has
 * reported for, and a newer, incomplete latest value says how many areas it covers.
 */
export interface IndicatorHeadline {
  latestPeriod: string | null;
  completeness: Completeness | null;
  status: IndicatorStatus;
  statusPeriod: string | null;
  preliminaryStatus: IndicatorStatus | null;
}

function isIncomplete(completeness: Completeness | null): completeness is Completeness {
  return completeness !== null && !completeness.complete;
}

/**
 * "Foreløbig: 2 af 3 områder" under a latest value some areas have not reported for, and "3 af 3
 * områder" under a complete one, so a reader never has to guess whether a total is whole. An
 * indicator with one area shows nothing: its value is complete or absent.
 */
export function CompletenessNote({ completeness }: { completeness: Completeness | null }) {
  const { t } = useTranslation();
  if (completeness === null) return null;
  if (completeness.complete) {
    if (completeness.areasExpected < 2) return null;
    return (
      <Text size="sm">
        {t('indicators.headline.complete', { expected: completeness.areasExpected })}
      </Text>
    );
  }
  return (
    <Text size="sm" fs="italic">
      {t('indicators.headline.partial', {
        reported: completeness.areasReported,
        expected: completeness.areasExpected,
      })}
    </Text>
  );
}

/**
 * The traffic light, and when the latest value is incomplete: which period the light is for (or
 * that it waits for all areas), and the preliminary light of the partial value where there is one.
 */
export function HeadlineStatus({
  headline,
  align = 'flex-start',
}: {
  headline: IndicatorHeadline;
  align?: 'flex-start' | 'flex-end';
}) {
  const { t, i18n } = useTranslation();
  const incomplete = isIncomplete(headline.completeness);
  return (
    <Stack gap={4} align={align} style={{ flexShrink: 0 }}>
      <IndicatorStatusBadge status={headline.status} />
      {incomplete && (
        <Text size="xs">
          {headline.statusPeriod
            ? t('indicators.headline.statusFor', {
                period: formatPeriod(headline.statusPeriod, i18n.language),
              })
            : t('indicators.headline.statusWaits')}
        </Text>
      )}
      {headline.preliminaryStatus && (
        <IndicatorStatusBadge status={headline.preliminaryStatus} preliminary />
      )}
    </Stack>
  );
}
