import { Anchor, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PlainText } from '../../components/plain-text';
import { formatDayOf } from '../../lib/dates';
import { MineBadge, ProposalStatusBadge } from './proposal-badges';
import type { ProposalView } from './types';

interface ProposalCardProps {
  proposal: ProposalView;
  partnershipId: string;
  /** What the user can do with the proposal, if anything. */
  actions?: ReactNode;
}

/** The answer to a proposal: accepted or rejected, when, why, and the decision behind it. */
function Answer({ proposal }: { proposal: ProposalView }) {
  const { t, i18n } = useTranslation();
  const headingId = `proposal-${proposal.id}-answer`;
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      p="sm"
      bg="gray.0"
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
    >
      <Stack gap={4}>
        <Title order={4} size="h5" id={headingId}>
          {proposal.answeredAt
            ? t(
                proposal.status === 'ACCEPTED'
                  ? 'proposals.answeredAccepted'
                  : 'proposals.answeredRejected',
                { date: formatDayOf(proposal.answeredAt, i18n.language) },
              )
            : t(`proposals.status.${proposal.status}`)}
        </Title>
        {proposal.answerReason && <PlainText size="sm">{proposal.answerReason}</PlainText>}
        {proposal.decision && (
          <Text size="sm">
            <Text component="span" size="sm" fw={600}>
              {t('proposals.decision')}:
            </Text>{' '}
            {proposal.decision.text}
          </Text>
        )}
      </Stack>
    </Box>
  );
}

/**
 * One proposal: what is proposed, by whom and when, its status, the meeting whose agenda holds
 * it, and once answered the answer with its reason.
 */
export function ProposalCard({ proposal, partnershipId, actions }: ProposalCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = `proposal-${proposal.id}`;
  const answered = proposal.status === 'ACCEPTED' || proposal.status === 'REJECTED';

  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {proposal.title}
          </Title>
          <Group gap="xs" wrap="nowrap">
            {proposal.mine && <MineBadge />}
            <ProposalStatusBadge status={proposal.status} />
          </Group>
        </Group>
        <Text size="sm">
          {t('proposals.byline', {
            kind: t(`proposals.kind.${proposal.kind}`),
            name: proposal.proposedBy.name,
            date: formatDayOf(proposal.proposedAt, i18n.language),
          })}
        </Text>
        {proposal.description && <PlainText>{proposal.description}</PlainText>}
        {proposal.agenda && (
          <Text size="sm">
            <Trans
              i18nKey={answered ? 'proposals.wasOnAgenda' : 'proposals.onAgenda'}
              values={{ meeting: proposal.agenda.meetingTitle }}
              components={{
                meeting: (
                  <Anchor
                    component={Link}
                    to={paths.meeting(partnershipId, proposal.agenda.meetingId)}
                  />
                ),
              }}
            />
          </Text>
        )}
        {answered && <Answer proposal={proposal} />}
        {actions}
      </Stack>
    </Paper>
  );
}
