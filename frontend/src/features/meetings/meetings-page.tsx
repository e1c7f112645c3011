import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { MeetingSummary } from '../../api/types';
import { paths } from '../../app/paths';
import { PagedList } from '../../components/paged-list';
import { ProblemAlert } from '../../components/problem-alert';
import { todayInCopenhagen } from '../../lib/dates';
import { useAllWorkingGroups } from '../../lib/lookups';
import { useDialog } from '../../lib/use-dialog';
import { PAGE_PARAM, usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { usePartnershipContext } from '../../lib/partnership-context';
import { MeetingFacts } from './meeting-facts';
import { MeetingModal } from './meeting-modal';
import { MeetingStatusBadge } from './meeting-status-badge';
import { SeriesModal } from './series-modal';
import { useMeetings, useMeetingYears, type MeetingListKind } from './use-meetings';

/** The URL parameter that shows the past meetings instead of the upcoming ones (`?vis=tidligere`). */
const SHOW_PARAM = 'vis';
const PAST = 'tidligere';
const LIST_ID = 'meeting-list';

function useListKind(): [MeetingListKind, (kind: MeetingListKind) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const kind: MeetingListKind = searchParams.get(SHOW_PARAM) === PAST ? 'past' : 'upcoming';
  const choose = (next: MeetingListKind) =>
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (next === 'past') params.set(SHOW_PARAM, PAST);
      else params.delete(SHOW_PARAM);
      // The other list has pages of its own.
      params.delete(PAGE_PARAM);
      return params;
    });
  return [kind, choose];
}

/**
 * The current and coming years with fewer meetings planned than the agreement requires. A past year
 * can no longer be put right, so it is not warned about; the page shows this only to those who plan
 * the meetings.
 */
function MinimumWarnings({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const query = useMeetingYears(partnershipId);
  if (query.isPending) return null;
  if (query.isError) {
    return (
      <ProblemAlert
        error={query.error}
        title={t('meetings.yearsFailed')}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const thisYear = Number(todayInCopenhagen().slice(0, 4));
  return query.data
    .filter((year) => year.belowMinimum && year.year >= thisYear)
    .map((year) => (
      <Alert key={year.year} role="status" variant="light" color="orange">
        <Text size="sm" c="dark.9">
          {t('meetings.belowMinimum', {
            year: String(year.year),
            count: year.meetings,
            minimum: year.minimum,
          })}
        </Text>
      </Alert>
    ));
}

/**
 * Marks a working group's meeting in the list. The list names only the group's id, so the name
 * comes from the partnership's groups, read once for all the meetings that need it.
 */
function WorkingGroupLabel({
  partnershipId,
  workingGroupId,
}: {
  partnershipId: string;
  workingGroupId: string;
}) {
  const { t } = useTranslation();
  const groups = useAllWorkingGroups(partnershipId);
  const name = groups.data?.find((group) => group.id === workingGroupId)?.name;
  const label = name
    ? t('meetings.workingGroupLabel', { name })
    : t('meetings.workingGroupLabelUnnamed');
  return (
    <Badge
      variant="outline"
      color="indigo.9"
      radius="sm"
      tt="none"
      maw="100%"
      title={label}
      style={{ alignSelf: 'flex-start' }}
    >
      {label}
    </Badge>
  );
}

function MeetingItem({
  meeting,
  partnershipId,
}: {
  meeting: MeetingSummary;
  partnershipId: string;
}) {
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Title order={3} size="h4">
            <Anchor component={Link} to={paths.meeting(partnershipId, meeting.id)}>
              {meeting.title}
            </Anchor>
          </Title>
          {meeting.workingGroupId && (
            <WorkingGroupLabel
              partnershipId={partnershipId}
              workingGroupId={meeting.workingGroupId}
            />
          )}
          <MeetingFacts meeting={meeting} />
        </Stack>
        <MeetingStatusBadge status={meeting.status} />
      </Group>
    </Paper>
  );
}

interface MeetingsPageProps {
  /** The partnership's open follow-up items, below the meetings; the route puts them here. */
  followUps?: ReactNode;
}

/**
 * The partnership's meetings, upcoming or past, and its open follow-up items. Editors see a warning
 * for this year and each coming one with fewer meetings than the agreement requires. Editors plan one meeting or
 * the year's series from here.
 */
export function MeetingsPage({ followUps }: MeetingsPageProps) {
  const { t } = useTranslation();
  const { partnership, canEdit } = usePartnershipContext();
  usePageTitle(t('meetings.pageTitle', { name: partnership.name }));
  const [kind, chooseKind] = useListKind();
  const [page, goToPage] = usePageParam();
  const query = useMeetings(partnership.id, kind, page - 1);
  const single = useDialog();
  const series = useDialog();
  const navigate = useNavigate();
  const listLabel = t(kind === 'past' ? 'meetings.pastHeading' : 'meetings.upcomingHeading');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={2}>{t('meetings.title')}</Title>
        {canEdit && (
          <Group gap="sm">
            <Button variant="default" onClick={() => single.open()}>
              {t('meetings.plan')}
            </Button>
            <Button onClick={() => series.open()}>{t('meetings.planSeries')}</Button>
          </Group>
        )}
      </Group>
      {canEdit && <MinimumWarnings partnershipId={partnership.id} />}
      <SegmentedControl
        aria-label={t('meetings.show')}
        aria-controls={LIST_ID}
        value={kind}
        onChange={(value) => chooseKind(value as MeetingListKind)}
        data={[
          { value: 'upcoming', label: t('meetings.upcoming') },
          { value: 'past', label: t('meetings.past') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <Stack id={LIST_ID} gap="md">
        <PagedList
          query={query}
          page={page}
          onPageChange={goToPage}
          loading={t('meetings.loading')}
          empty={{
            title: t('meetings.emptyTitle'),
            message: t(kind === 'past' ? 'meetings.pastEmpty' : 'meetings.upcomingEmpty'),
          }}
          outOfRange={{
            message: t('meetings.pageOutOfRange'),
            firstPage: t('meetings.firstPage'),
            firstPageHref: kind === 'past' ? `?${SHOW_PARAM}=${PAST}` : '.',
          }}
          headingOrder={3}
        >
          {(data) => (
            <>
              <Text>{t('meetings.count', { count: data.totalItems })}</Text>
              <Stack
                component="ul"
                gap="sm"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                aria-label={listLabel}
              >
                {data.items.map((meeting) => (
                  <MeetingItem key={meeting.id} meeting={meeting} partnershipId={partnership.id} />
                ))}
              </Stack>
            </>
          )}
        </PagedList>
      </Stack>
      {followUps}
      {canEdit && (
        <>
          <MeetingModal
            session={single.session}
            partnershipId={partnership.id}
            meeting={null}
            opened={single.opened}
            onClose={() => single.close()}
            onCreated={(created) => void navigate(paths.meeting(partnership.id, created.id))}
          />
          <SeriesModal
            session={series.session}
            partnershipId={partnership.id}
            opened={series.opened}
            onClose={() => series.close()}
          />
        </>
      )}
    </Stack>
  );
}
