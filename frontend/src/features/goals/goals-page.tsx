import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/confirm-modal';
import { PagedList } from '../../components/paged-list';
import { SaveError } from '../../components/save-error';
import { useDialog } from '../../lib/use-dialog';
import { usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { usePartnershipContext } from '../../lib/partnership-context';
import { GoalCard } from './goal-card';
import { GoalModal } from './goal-modal';
import type { GoalView } from './types';
import { useDeleteGoal, useGoals } from './use-goals';

/**
 * The partnership's goals, active first: each with its success criterion, due date, where it
 * belongs, and the traffic lights of its indicators, rolled up and one by one. Editors set, change
 * and delete goals here.
 */
export function GoalsPage() {
  const { t } = useTranslation();
  const { partnership, canEdit } = usePartnershipContext();
  usePageTitle(t('goals.pageTitle', { name: partnership.name }));
  const [page, goToPage] = usePageParam();
  const query = useGoals(partnership.id, page - 1);
  const remove = useDeleteGoal(partnership.id);
  const form = useDialog<GoalView>();
  const deletion = useDialog<GoalView>();
  const [announcement, setAnnouncement] = useState('');
  const [reloading, setReloading] = useState(false);

  const openForm = (goal: GoalView | null) => form.open(goal);
  const closeDeletion = () => {
    deletion.close();
    remove.reset();
  };
  // The goal changed since the user saw it: show it as it is now and let them decide again.
  const reloadAfterConflict = async () => {
    setReloading(true);
    await query.refetch();
    setReloading(false);
    closeDeletion();
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={2}>{t('goals.title')}</Title>
        {canEdit && <Button onClick={() => openForm(null)}>{t('goals.create')}</Button>}
      </Group>
      <Text>{t('goals.intro')}</Text>
      <Text role="status" fw={500}>
        {announcement}
      </Text>
      <PagedList
        query={query}
        page={page}
        onPageChange={goToPage}
        loading={t('goals.loading')}
        empty={{
          title: t('goals.emptyTitle'),
          message: t(canEdit ? 'goals.emptyEditor' : 'goals.empty'),
        }}
        outOfRange={{ message: t('goals.pageOutOfRange'), firstPage: t('goals.firstPage') }}
        headingOrder={3}
      >
        {(data) => (
          <>
            <Text>{t('goals.count', { count: data.totalItems })}</Text>
            <Stack
              component="ul"
              aria-label={t('goals.listLabel')}
              gap="md"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
            >
              {data.items.map((goal) => (
                <GoalCard
                  key={goal.id}
                  goal={goal}
                  partnershipId={partnership.id}
                  actions={
                    goal.canEdit && (
                      <Group gap="xs">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('goals.editLabel', { title: goal.title })}
                          onClick={() => openForm(goal)}
                        >
                          {t('goals.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          color="red.9"
                          aria-label={t('goals.deleteLabel', { title: goal.title })}
                          onClick={() => deletion.open(goal)}
                        >
                          {t('goals.delete')}
                        </Button>
                      </Group>
                    )
                  }
                />
              ))}
            </Stack>
          </>
        )}
      </PagedList>
      <GoalModal
        session={form.session}
        partnership={partnership}
        goal={form.subject}
        opened={form.opened}
        onClose={() => form.close()}
        onSaved={(saved) =>
          setAnnouncement(t(form.subject ? 'goals.saved' : 'goals.created', { title: saved.title }))
        }
      />
      <ConfirmModal
        opened={deletion.opened}
        onClose={closeDeletion}
        title={t('goals.deleteTitle')}
        confirmLabel={t('goals.delete')}
        danger
        pending={remove.isPending}
        onConfirm={() => {
          const goal = deletion.subject;
          if (!goal) return;
          remove.mutate(
            { id: goal.id, version: goal.version },
            {
              onSuccess: () => {
                setAnnouncement(t('goals.deleted', { title: goal.title }));
                closeDeletion();
              },
            },
          );
        }}
        error={
          remove.isError && (
            <SaveError
              error={remove.error}
              onReload={() => void reloadAfterConflict()}
              reloading={reloading}
            />
          )
        }
      >
        <Text>{t('goals.deleteText', { title: deletion.subject?.title ?? '' })}</Text>
      </ConfirmModal>
    </Stack>
  );
}
