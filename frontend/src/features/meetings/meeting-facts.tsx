import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../api/types';
import { formatMeetingTime } from '../../lib/dates';

type MeetingFactsSource = Pick<
  MeetingSummary,
  'title' | 'startsAt' | 'durationMinutes' | 'place' | 'onlineUrl'
>;

/** Only an http(s) address becomes a link, whatever else a stored value might hold. */
function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** When and where a meeting is: its time in Copenhagen, its place and its link to join online. */
export function MeetingFacts({ meeting }: { meeting: MeetingFactsSource }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Text fw={500}>
        <time dateTime={meeting.startsAt}>
          {formatMeetingTime(meeting.startsAt, meeting.durationMinutes, i18n.language)}
        </time>
      </Text>
      {meeting.place && (
        <Text style={{ overflowWrap: 'anywhere' }}>
          {t('meetings.place')}: {meeting.place}
        </Text>
      )}
      {meeting.onlineUrl && (
        <Text style={{ overflowWrap: 'anywhere' }}>
          {t('meetings.online')}:{' '}
          {isWebAddress(meeting.onlineUrl) ? (
            <Anchor
              href={meeting.onlineUrl}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t('meetings.onlineLinkLabel', { title: meeting.title })}
            >
              {t('meetings.onlineLink')}
            </Anchor>
          ) : (
            meeting.onlineUrl
          )}
        </Text>
      )}
    </>
  );
}
