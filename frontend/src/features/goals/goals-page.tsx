import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/confirm-modal';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { PageNavigation } from '../../components/page-navigation';
import { ProblemAlert } from '../../components/problem-alert';
import { SaveError } from '../../components/save-error';
import { usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { usePartnershipContext } from '../../lib/partnership-context';
import { GoalCard } from './goal-card';
import { GoalModal } from './goal-modal';
import type { GoalView } from './types';
import { useDeleteGoal, useGoals } from './use-goals';

interface Dialog {
  opened: boolean;
  /** The goal as it was when the dialog opened: the change is based on what the user saw. */
  goal: GoalView | null;
  /** A new number for each opening, so the dialog starts from the goal as it is then. */
  key: number;
}

const CLOSED: Dialog = { opened: false, goal: null, key: 0 };

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
  const [form, setForm] = useState<Dialog>(CLOSED);
  const [deletion, setDeletion] = useState<Dialog>(CLOSED);
  const [announcement, setAnnouncement] = useState('');
  const [reloading, setReloading] = useState(false);

  const openForm = (goal: GoalView | null) =>
    setForm((current) => ({ opened: true, goal, key: current.key + 1 }));
  const closeDeletion = () => {
    setDeletion((current) => ({ ...current, opened: false }));
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
      {query.isPending ? (
        <LoadingState label={t('goals.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        page > 1 && query.data.totalItems > 0 ? (
          <EmptyState
            headingOrder={3}
            title={t('goals.emptyTitle')}
            message={t('goals.pageOutOfRange')}
          >
            <Anchor component="button" type="button" onClick={() => goToPage(1)}>
              {t('goals.firstPage')}
            </Anchor>
          </EmptyState>
        ) : (
          <EmptyState
            headingOrder={3}
            title={t('goals.emptyTitle')}
            message={t(canEdit ? 'goals.emptyEditor' : 'goals.empty')}
          />
        )
      ) : (
        <>
          <Text>{t('goals.count', { count: query.data.totalItems })}</Text>
          <Stack
            component="ul"
            aria-label={t('goals.listLabel')}
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
                        onClick={() =>
                          setDeletion((current) => ({
                            opened: true,
                            goal,
                            key: current.key + 1,
                          }))
                        }
                      >
                        {t('goals.delete')}
                      </Button>
                    </Group>
                  )
                }
              />
            ))}
          </Stack>
          <PageNavigation page={page} totalPages={query.data.totalPages} onChange={goToPage} />
        </>
      )}
      <GoalModal
        session={form.key}
        partnership={partnership}
        goal={form.goal}
        opened={form.opened}
        onClose={() => setForm((current) => ({ ...current, opened: false }))}
        onSaved={(saved) =>
          setAnnouncement(t(form.goal ? 'goals.saved' : 'goals.created', { title: saved.title }))
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
          const goal = deletion.goal;
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
        <Text>{t('goals.deleteText', { title: deletion.goal?.title ?? '' })}</Text>
      </ConfirmModal>
    </Stack>
  );
}
