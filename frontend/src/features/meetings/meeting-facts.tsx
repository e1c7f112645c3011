import { Anchor, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingSummary, MeetingView } from '../../api/types';
import { paths } from '../../app/paths';
import { formatMeetingTime } from '../../lib/dates';

type MeetingFactsSource = Pick<
  MeetingSummary,
  'title' | 'startsAt' | 'durationMinutes' | 'place' | 'onlineUrl'
> &
  Partial<Pick<MeetingView, 'partnershipId' | 'workingGroup'>>;

/** Only an http(s) address becomes a link, whatever else a stored value might hold. */
function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * When and where a meeting is: its time in Copenhagen, its place and its link to join online, and
 * the working group whose meeting it is, when the meeting names one.
 */
export function MeetingFacts({ meeting }: { meeting: MeetingFactsSource }) {
  const { t, i18n } = useTranslation();
  const group = meeting.workingGroup;
  return (
    <>
      <Text fw={500}>
        <time dateTime={meeting.startsAt}>
          {formatMeetingTime(meeting.startsAt, meeting.durationMinutes, i18n.language)}
        </time>
      </Text>
      {group && meeting.partnershipId && (
        <Text style={{ overflowWrap: 'anywhere' }}>
          <Trans
            i18nKey="meetings.workingGroupMeeting"
            values={{ name: group.name }}
            components={{
              group: (
                <Anchor component={Link} to={paths.workingGroup(meeting.partnershipId, group.id)} />
              ),
            }}
          />
        </Text>
      )}
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
