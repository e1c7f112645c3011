import { Anchor, Box, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { LoadingState } from '../../components/loading-state';
import { NotRecorded } from '../../components/not-recorded';
import { PageTitle } from '../../components/page-title';
import { PlainText } from '../../components/plain-text';
import { ProblemAlert } from '../../components/problem-alert';
import { RichText } from '../../components/rich-text';
import { formatDateTime } from '../../lib/dates';
import { isUuid } from '../../lib/ids';
import { isMalformedPathParameter, toProblemError } from '../../lib/problem';
import { usePartnershipContext } from '../../lib/partnership-context';
import { useDialog } from '../../lib/use-dialog';
import { CloseWorkingGroupModal } from './close-working-group-modal';
import type { WorkingGroupView } from './types';
import { useWorkingGroup } from './use-working-groups';
import { WorkingGroupDeadline } from './working-group-deadline';
import { WorkingGroupModal } from './working-group-modal';
import { WorkingGroupStatusBadge } from './working-group-status-badge';

function BackLink({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.section(partnershipId, 'workingGroups')}>
      <span aria-hidden="true">← </span>
      {t('workingGroups.back')}
    </Anchor>
  );
}

/** A missing group, one in another partnership and a malformed id all look the same. */
function isMissing(error: unknown): boolean {
  const problem = toProblemError(error);
  return problem.key === 'not-found' || isMalformedPathParameter(problem, 'workingGroupId');
}

/** One term and its description; a wide one spans the grid's row, still directly inside the <dl>. */
function Fact({ term, wide, children }: { term: string; wide?: boolean; children: ReactNode }) {
  return (
    <Box style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="sm" fw={600}>
        {term}
      </Text>
      <Box component="dd" m={0}>
        {children}
      </Box>
    </Box>
  );
}

/** Focus area, lead, deadline, and the decision in the minutes that set the group up. */
function WorkingGroupFacts({ group }: { group: WorkingGroupView }) {
  const { t, i18n } = useTranslation();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" m={0}>
      <Fact term={t('workingGroups.focusArea')}>
        {group.focusArea ? (
          <Text>
            {t('workingGroups.focusAreaName', {
              number: group.focusArea.number,
              title: group.focusArea.title,
            })}
          </Text>
        ) : (
          <NotRecorded />
        )}
      </Fact>
      <Fact term={t('workingGroups.lead')}>
        {group.leadOrganisation ? <Text>{group.leadOrganisation.name}</Text> : <NotRecorded />}
      </Fact>
      <Fact term={t('workingGroups.deadline')}>
        <WorkingGroupDeadline group={group} />
      </Fact>
      {group.closedAt && (
        <Fact term={t('workingGroups.closedAt')}>
          <Text>
            <time dateTime={group.closedAt}>{formatDateTime(group.closedAt, i18n.language)}</time>
          </Text>
        </Fact>
      )}
      <Fact term={t('workingGroups.decision')} wide>
        {group.decision ? (
          <Stack gap={2}>
            <PlainText>{group.decision.text}</PlainText>
            <Text size="sm">
              {t('workingGroups.decisionMeeting')}{' '}
              <Anchor
                component={Link}
                to={paths.meeting(group.partnershipId, group.decision.meetingId)}
              >
                {group.decision.meetingTitle}
              </Anchor>
            </Text>
          </Stack>
        ) : (
          <Text>{t('workingGroups.noDecision')}</Text>
        )}
      </Fact>
    </SimpleGrid>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id}>
      <Title order={3} id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Box>
  );
}

interface WorkingGroupPageProps {
  /** The group's goals; the goals feature shows them, and the route puts them here. */
  goals?: (group: WorkingGroupView) => ReactNode;
}

/**
 * One working group: its mandate, focus area, lead, deadline and members, the decision it was set
 * up by, its goals, and once it is closed its closing report. Editors change or close it here.
 */
export function WorkingGroupPage({ goals }: WorkingGroupPageProps) {
  const { t } = useTranslation();
  const { partnership } = usePartnershipContext();
  const { groupId = '' } = useParams();
  const query = useWorkingGroup(partnership.id, groupId);
  // A group just set up is named here, where setting it up sends the user.
  const created = (useLocation().state as { created?: string } | null)?.created;
  const [announcement, setAnnouncement] = useState(
    created ? t('workingGroups.created', { name: created }) : '',
  );
  const dialog = useDialog<'edit' | 'close'>();
  const notFound = !isUuid(groupId) || (query.isError && isMissing(query.error));
  const pageTitle = (name: string) =>
    t('workingGroups.groupPageTitle', { name, partnership: partnership.name });

  if (notFound) {
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle title={pageTitle(t('workingGroups.notFoundTitle'))} />
        <BackLink partnershipId={partnership.id} />
        <Title order={2}>{t('workingGroups.notFoundTitle')}</Title>
        <Text>{t('workingGroups.notFound')}</Text>
      </Stack>
    );
  }

  if (query.isPending) {
    return (
      <>
        <PageTitle title={pageTitle(t('workingGroups.fallbackTitle'))} />
        <LoadingState label={t('workingGroups.loadingOne')} />
      </>
    );
  }

  // A failed refetch keeps the group already shown, so an open form is not lost.
  if (!query.data) {
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle title={pageTitle(t('workingGroups.fallbackTitle'))} />
        <BackLink partnershipId={partnership.id} />
        <Title order={2}>{t('workingGroups.fallbackTitle')}</Title>
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }

  const group = query.data;
  const reload = async () => (await query.refetch()).data;

  return (
    <Stack gap="xl">
      <PageTitle title={pageTitle(group.name)} />
      <Stack gap="xs" align="flex-start">
        <BackLink partnershipId={partnership.id} />
        <Group gap="sm" align="center">
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {group.name}
          </Title>
          <WorkingGroupStatusBadge status={group.status} />
        </Group>
      </Stack>
      <Text role="status" fw={500}>
        {announcement}
      </Text>
      <WorkingGroupFacts group={group} />
      {group.canEdit && (
        <Group gap="sm">
          <Button variant="default" onClick={() => dialog.open('edit')}>
            {t('workingGroups.edit')}
          </Button>
          {group.status === 'ACTIVE' && (
            <Button variant="default" color="red.9" onClick={() => dialog.open('close')}>
              {t('workingGroups.close')}
            </Button>
          )}
        </Group>
      )}
      {group.status === 'CLOSED' && (
        <Section id="working-group-report" title={t('workingGroups.closingReport')}>
          {group.closingReport ? (
            <RichText html={group.closingReport} />
          ) : (
            <Text>{t('workingGroups.noClosingReport')}</Text>
          )}
        </Section>
      )}
      <Section id="working-group-mandate" title={t('workingGroups.mandate')}>
        {group.mandate ? (
          <RichText html={group.mandate} />
        ) : (
          <Text>{t('workingGroups.noMandate')}</Text>
        )}
      </Section>
      <Section id="working-group-members" title={t('workingGroups.members')}>
        {group.members.length === 0 ? (
          <Text>{t('workingGroups.membersEmpty')}</Text>
        ) : (
          <Box component="ul" m={0} pl="xl" aria-labelledby="working-group-members">
            {group.members.map((member) => (
              <li key={member.id}>
                <Text>{member.name}</Text>
              </li>
            ))}
          </Box>
        )}
      </Section>
      {goals && (
        <Section id="working-group-goals" title={t('workingGroups.goals.title')}>
          {goals(group)}
        </Section>
      )}
      {group.canEdit && (
        <>
          <WorkingGroupModal
            session={dialog.session}
            partnership={partnership}
            group={group}
            reload={reload}
            opened={dialog.isOpen('edit')}
            onClose={dialog.close}
            onSaved={() => setAnnouncement(t('workingGroups.saved'))}
          />
          <CloseWorkingGroupModal
            session={dialog.session}
            group={group}
            reload={reload}
            opened={dialog.isOpen('close')}
            onClose={dialog.close}
            onClosed={() => setAnnouncement(t('workingGroups.closed'))}
          />
        </>
      )}
    </Stack>
  );
}
