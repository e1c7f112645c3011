import { Anchor, Badge, Highlight, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatDayOf } from '../../lib/dates';
import type { SearchHit, SearchHitKind } from './use-search';

/** Filled badges in shades whose white text stays above WCAG AA contrast (4.5:1 or more). */
const KIND_COLORS: Record<SearchHitKind, string> = {
  AGENDA_ITEM: 'indigo.9',
  MINUTES: 'grape.9',
  DECISION: 'teal.9',
  FOLLOW_UP: 'dark.6',
  // Darker than green.9 and orange.9, which white text meets at only 4.3:1.
  GOAL: '#1e6b30',
  INDICATOR: 'cyan.9',
  ACTIVITY: '#a63c06',
  PROPOSAL: 'pink.9',
  WORKING_GROUP: 'violet.9',
  FOCUS_AREA: 'blue.9',
  AGREEMENT: 'gray.8',
};

/** Where a hit is shown: its own page where it has one, otherwise the page that lists it. */
export function hitPath(hit: SearchHit): string {
  const partnership = hit.partnershipId;
  switch (hit.kind) {
    case 'AGENDA_ITEM':
    case 'MINUTES':
    case 'DECISION':
    case 'FOLLOW_UP':
      return hit.meetingId
        ? paths.meeting(partnership, hit.meetingId)
        : paths.section(partnership, 'meetings');
    case 'GOAL':
      return paths.section(partnership, 'goals');
    case 'INDICATOR':
      return paths.indicator(partnership, hit.id);
    case 'ACTIVITY':
      return paths.section(partnership, 'activities');
    case 'PROPOSAL':
      return paths.section(partnership, 'proposals');
    case 'WORKING_GROUP':
      return paths.workingGroup(partnership, hit.id);
    case 'FOCUS_AREA':
    case 'AGREEMENT':
      return paths.partnership(partnership);
  }
}

interface SearchHitListProps {
  hits: SearchHit[];
  /** The words and stems to mark in each excerpt. */
  terms: string[];
  /** While another page of hits is on its way. */
  busy: boolean;
}

/**
 * The hits, each with what kind of thing matched, where it was (meeting, partnership) and the text
 * around the match with the searched words marked; the title links to the thing.
 */
export function SearchHitList({ hits, terms, busy }: SearchHitListProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('search.resultsLabel')}
      aria-busy={busy || undefined}
    >
      {hits.map((hit) => (
        <Paper component="li" key={`${hit.kind}-${hit.id}`} withBorder p="md" radius="md">
          <Stack gap={6} align="flex-start">
            <Badge variant="filled" color={KIND_COLORS[hit.kind]} radius="sm">
              {t(`search.kind.${hit.kind}`)}
            </Badge>
            <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
              <Anchor component={Link} to={hitPath(hit)} inherit>
                {hit.title}
              </Anchor>
            </Title>
            {hit.meetingTitle && hit.meetingStartsAt && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('search.meetingLabel')} {hit.meetingTitle},{' '}
                <time dateTime={hit.meetingStartsAt}>
                  {formatDayOf(hit.meetingStartsAt, i18n.language)}
                </time>
              </Text>
            )}
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {t('search.partnershipLabel')} {hit.partnershipName}
            </Text>
            <Highlight
              highlight={terms}
              // æ, ø and å are letters of their own in Danish, not accented a and o.
              accentInsensitive={false}
              style={{ overflowWrap: 'anywhere' }}
            >
              {hit.excerpt}
            </Highlight>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
