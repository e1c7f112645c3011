import { Anchor, Box, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { NotRecorded } from '../../components/not-recorded';
import { PlainText } from '../../components/plain-text';
import { formatDate } from '../../lib/dates';
import { ActivityStatusBadge, SpecialFocusBadge } from './activity-badges';
import { ActivityReport } from './activity-report';
import type { ActivityView } from './types';

/** Activities that share a track; `track` is null for those without one. */
export interface TrackGroup {
  track: string | null;
  activities: ActivityView[];
}

/**
 * The activities by track, in the order the API sends them (by track, those without one last).
 * Tracks are typed by hand, so stray spaces do not make a second table.
 */
export function groupByTrack(activities: readonly ActivityView[]): TrackGroup[] {
  const groups = new Map<string, TrackGroup>();
  const untracked: ActivityView[] = [];
  for (const activity of activities) {
    const track = activity.track?.trim();
    if (!track) {
      untracked.push(activity);
      continue;
    }
    const group = groups.get(track) ?? { track, activities: [] };
    group.activities.push(activity);
    groups.set(track, group);
  }
  const result = [...groups.values()];
  if (untracked.length > 0) result.push({ track: null, activities: untracked });
  return result;
}

function OptionalText({ text }: { text: string | null }) {
  return text ? <PlainText size="sm">{text}</PlainText> : <NotRecorded />;
}

function Period({ activity }: { activity: ActivityView }) {
  const { t, i18n } = useTranslation();
  const { startsOn, endsOn } = activity;
  const date = (value: string) => (
    <time dateTime={value}>{formatDate(value, i18n.language, 'numeric')}</time>
  );
  if (!startsOn && !endsOn) return null;
  return (
    <Text size="xs">
      {t('activities.period')}:{' '}
      {startsOn && endsOn ? (
        <>
          {date(startsOn)} – {date(endsOn)}
        </>
      ) : startsOn ? (
        <>
          {t('activities.from')} {date(startsOn)}
        </>
      ) : (
        <>
          {t('activities.until')} {date(endsOn!)}
        </>
      )}
    </Text>
  );
}

function LinkList({ label, children }: { label: string; children: ReactNode[] }) {
  return (
    <Box>
      <Text size="xs" fw={600}>
        {label}
      </Text>
      <Box component="ul" m={0} pl="md" aria-label={label}>
        {children}
      </Box>
    </Box>
  );
}

/** The focus area, goals and indicators the activity serves. */
function Links({ activity, partnershipId }: { activity: ActivityView; partnershipId: string }) {
  const { t } = useTranslation();
  const { focusArea, goals, indicators } = activity;
  if (!focusArea && goals.length === 0 && indicators.length === 0) return <NotRecorded />;
  return (
    <Stack gap={6}>
      {focusArea && (
        <Text size="sm">
          <Text component="span" size="xs" fw={600}>
            {t('activities.focusArea')}:
          </Text>{' '}
          {t('activities.focusAreaName', { number: focusArea.number, title: focusArea.title })}
        </Text>
      )}
      {goals.length > 0 && (
        <LinkList label={t('activities.goals')}>
          {goals.map((goal) => (
            <li key={goal.id}>
              <Anchor component={Link} to={paths.section(partnershipId, 'goals')} size="sm">
                {goal.name}
              </Anchor>
            </li>
          ))}
        </LinkList>
      )}
      {indicators.length > 0 && (
        <LinkList label={t('activities.indicators')}>
          {indicators.map((indicator) => (
            <li key={indicator.id}>
              <Anchor component={Link} to={paths.indicator(partnershipId, indicator.id)} size="sm">
                {indicator.name}
              </Anchor>
            </li>
          ))}
        </LinkList>
      )}
    </Stack>
  );
}

interface ActivityTableProps {
  partnershipId: string;
  group: TrackGroup;
  /** Unique on the page, for the heading and caption ids. */
  index: number;
  reload: () => Promise<unknown>;
  onEdit: (activity: ActivityView) => void;
  onDelete: (activity: ActivityView) => void;
}

/**
 * One track's activities as a table with the columns of Furesø's activity tables: activity,
 * description, responsible, target group and intended outcome, besides its kind and status, what
 * it serves and its report.
 */
export function ActivityTable({
  partnershipId,
  group,
  index,
  reload,
  onEdit,
  onDelete,
}: ActivityTableProps) {
  const { t } = useTranslation();
  const headingId = `activity-track-${index}`;
  const captionId = `activity-track-${index}-caption`;
  const trackName = group.track ?? t('activities.noTrack');
  const withActions = group.activities.some((activity) => activity.canEdit);

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="sm" align="baseline">
          <Title order={3} id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {trackName}
          </Title>
          <Text size="sm">{t('activities.count', { count: group.activities.length })}</Text>
        </Group>
        <Table.ScrollContainer
          minWidth={withActions ? 1280 : 1160}
          type="native"
          tabIndex={0}
          role="group"
          aria-labelledby={captionId}
        >
          <Table
            striped
            withTableBorder
            verticalSpacing="sm"
            captionSide="top"
            styles={{ td: { verticalAlign: 'top' }, th: { verticalAlign: 'top' } }}
          >
            <Table.Caption id={captionId}>
              {group.track
                ? t('activities.caption', { track: group.track })
                : t('activities.captionNoTrack')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('activities.columns.activity')}</Table.Th>
                <Table.Th scope="col">{t('activities.columns.kindAndStatus')}</Table.Th>
                <Table.Th scope="col">{t('activities.columns.description')}</Table.Th>
                <Table.Th scope="col">{t('activities.columns.responsible')}</Table.Th>
                <Table.Th scope="col">{t('activities.columns.targetGroup')}</Table.Th>
                <Table.Th scope="col">{t('activities.columns.intendedOutcome')}</Table.Th>
                <Table.Th scope="col">{t('activities.columns.links')}</Table.Th>
                <Table.Th scope="col">{t('activities.columns.report')}</Table.Th>
                {withActions && <Table.Th scope="col">{t('activities.columns.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.activities.map((activity) => (
                <Table.Tr key={activity.id}>
                  <Table.Th scope="row" style={{ overflowWrap: 'anywhere', minWidth: '10rem' }}>
                    {activity.title}
                  </Table.Th>
                  <Table.Td>
                    <Stack gap={6} align="flex-start">
                      <Text size="sm">{t(`activities.kind.${activity.kind}`)}</Text>
                      <ActivityStatusBadge status={activity.status} />
                      {activity.specialFocus && <SpecialFocusBadge />}
                      <Period activity={activity} />
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ minWidth: '14rem' }}>
                    <OptionalText text={activity.description} />
                  </Table.Td>
                  <Table.Td>
                    {activity.responsible || activity.responsibleOrganisation ? (
                      <Stack gap={2}>
                        {activity.responsible && (
                          <PlainText size="sm">{activity.responsible}</PlainText>
                        )}
                        {activity.responsibleOrganisation && (
                          <Text size="sm" c={activity.responsible ? 'dimmed' : undefined}>
                            {activity.responsibleOrganisation.name}
                          </Text>
                        )}
                      </Stack>
                    ) : (
                      <NotRecorded />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <OptionalText text={activity.targetGroup} />
                  </Table.Td>
                  <Table.Td style={{ minWidth: '12rem' }}>
                    <OptionalText text={activity.intendedOutcome} />
                  </Table.Td>
                  <Table.Td>
                    <Links activity={activity} partnershipId={partnershipId} />
                  </Table.Td>
                  <Table.Td>
                    <ActivityReport
                      partnershipId={partnershipId}
                      activity={activity}
                      reload={reload}
                    />
                  </Table.Td>
                  {withActions && (
                    <Table.Td>
                      {activity.canEdit && (
                        <Stack gap={6} align="flex-start">
                          <Button
                            size="compact-xs"
                            variant="default"
                            aria-label={t('activities.editLabel', { title: activity.title })}
                            onClick={() => onEdit(activity)}
                          >
                            {t('activities.edit')}
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="default"
                            color="red.9"
                            aria-label={t('activities.deleteLabel', { title: activity.title })}
                            onClick={() => onDelete(activity)}
                          >
                            {t('activities.delete')}
                          </Button>
                        </Stack>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Box>
  );
}
