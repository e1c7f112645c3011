import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/confirm-modal';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import { SaveError } from '../../components/save-error';
import { useDialog } from '../../lib/use-dialog';
import { usePageTitle } from '../../lib/use-page-title';
import { usePartnershipContext } from '../../lib/partnership-context';
import { ActivityModal } from './activity-modal';
import { ActivityTable, groupByTrack } from './activity-table';
import type { ActivityView } from './types';
import { useAllActivities, useDeleteActivity } from './use-activities';

/**
 * The partnership's activities (indsatser), one table per track as in Furesø's strategy: what is
 * done, for whom, who answers for it and what it should lead to, with its status, the goals and
 * indicators it serves and its report. Editors add, change and delete activities and attach
 * reports here.
 */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const { partnership, canEdit } = usePartnershipContext();
  usePageTitle(t('activities.pageTitle', { name: partnership.name }));
  const query = useAllActivities(partnership.id);
  const remove = useDeleteActivity(partnership.id);
  const form = useDialog<ActivityView>();
  const deletion = useDialog<ActivityView>();
  const [announcement, setAnnouncement] = useState('');
  const [reloading, setReloading] = useState(false);
  const reload = () => query.refetch();

  const openForm = (activity: ActivityView | null) => form.open(activity);
  const openDeletion = (activity: ActivityView) => deletion.open(activity);
  const closeDeletion = () => {
    deletion.close();
    remove.reset();
  };
  // The activity changed since the user saw it: show it as it is now and let them decide again.
  const reloadAfterConflict = async () => {
    setReloading(true);
    await query.refetch();
    setReloading(false);
    closeDeletion();
  };

  const groups = query.data ? groupByTrack(query.data) : [];
  const tracks = groups.flatMap((group) => (group.track ? [group.track] : []));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={2}>{t('activities.title')}</Title>
        {canEdit && <Button onClick={() => openForm(null)}>{t('activities.create')}</Button>}
      </Group>
      <Text>{t('activities.intro')}</Text>
      <Text role="status" fw={500}>
        {announcement}
      </Text>
      {query.isPending ? (
        <LoadingState label={t('activities.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState
          headingOrder={3}
          title={t('activities.emptyTitle')}
          message={t(canEdit ? 'activities.emptyEditor' : 'activities.empty')}
        />
      ) : (
        <>
          <Text>
            {t('activities.summary', {
              count: query.data.length,
              tracks: t('activities.trackCount', { count: tracks.length }),
            })}
          </Text>
          {groups.map((group, index) => (
            <ActivityTable
              key={group.track ?? ''}
              partnershipId={partnership.id}
              group={group}
              index={index}
              reload={reload}
              onEdit={openForm}
              onDelete={openDeletion}
            />
          ))}
        </>
      )}
      <ActivityModal
        session={form.session}
        partnership={partnership}
        activity={form.subject}
        tracks={tracks}
        opened={form.opened}
        onClose={() => form.close()}
        onSaved={(saved) =>
          setAnnouncement(
            t(form.subject ? 'activities.saved' : 'activities.created', { title: saved.title }),
          )
        }
      />
      <ConfirmModal
        opened={deletion.opened}
        onClose={closeDeletion}
        title={t('activities.deleteTitle')}
        confirmLabel={t('activities.delete')}
        danger
        pending={remove.isPending}
        onConfirm={() => {
          const activity = deletion.subject;
          if (!activity) return;
          remove.mutate(
            { id: activity.id, version: activity.version },
            {
              onSuccess: () => {
                setAnnouncement(t('activities.deleted', { title: activity.title }));
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
        <Text>{t('activities.deleteText', { title: deletion.subject?.title ?? '' })}</Text>
      </ConfirmModal>
    </Stack>
  );
}
