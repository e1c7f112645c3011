import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnershipView, WorkingGroupView } from '../../api/types';
import { paths } from '../../app/paths';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import { useDialog } from '../../lib/use-dialog';
import { GoalCard } from './goal-card';
import { GoalModal } from './goal-modal';
import { useWorkingGroupGoals } from './use-goals';

/** The group's goals, with their traffic lights; editors set new ones for the group here. */
export function WorkingGroupGoals({
  group,
  partnership,
  canEdit,
}: {
  group: WorkingGroupView;
  partnership: PartnershipView;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const query = useWorkingGroupGoals(partnership.id, group.id);
  const dialog = useDialog();
  const [announcement, setAnnouncement] = useState('');
  const goalsPath = paths.section(partnership.id, 'goals');

  return (
    <>
      <Stack gap="sm">
        <Text>{t('workingGroups.goals.intro')}</Text>
        <Text role="status" fw={500}>
          {announcement}
        </Text>
        {query.isPending ? (
          <LoadingState label={t('workingGroups.goals.loading')} />
        ) : query.isError ? (
          <ProblemAlert
            error={query.error}
            title={t('workingGroups.goals.loadFailed')}
            onRetry={() => void query.refetch()}
          />
        ) : query.data.items.length === 0 ? (
          <Text>
            {t(canEdit ? 'workingGroups.goals.emptyEditor' : 'workingGroups.goals.empty')}
          </Text>
        ) : (
          <Stack
            component="ul"
            aria-label={t('workingGroups.goals.listLabel', { name: group.name })}
            gap="md"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
          >
            {query.data.items.map((goal) => (
              <GoalCard
                key={goal.id}
                goal={goal}
                partnershipId={partnership.id}
                headingOrder={4}
                showWorkingGroup={false}
              />
            ))}
          </Stack>
        )}
        <Group gap="sm">
          {canEdit && (
            <Button variant="light" onClick={() => dialog.open()}>
              {t('workingGroups.goals.create')}
            </Button>
          )}
          <Anchor component={Link} to={goalsPath}>
            {t('workingGroups.goals.all')}
          </Anchor>
        </Group>
      </Stack>
      {canEdit && (
        <GoalModal
          session={dialog.session}
          partnership={partnership}
          goal={null}
          preset={{ workingGroupId: group.id, focusAreaId: group.focusArea?.id ?? '' }}
          opened={dialog.opened}
          onClose={() => dialog.close()}
          onSaved={(saved) => setAnnouncement(t('goals.created', { title: saved.title }))}
        />
      )}
    </>
  );
}
