import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NotRecorded } from '../../components/not-recorded';
import { formatDate, todayInCopenhagen } from '../../lib/dates';
import type { WorkingGroupView } from './types';
import { isOverdue } from './working-group-draft';

/** A group's deadline; an active group past it says so in words, not only in colour. */
export function WorkingGroupDeadline({
  group,
}: {
  group: Pick<WorkingGroupView, 'deadline' | 'status'>;
}) {
  const { t, i18n } = useTranslation();
  if (!group.deadline) return <NotRecorded />;
  const overdue = isOverdue(group, todayInCopenhagen());
  return (
    <Group gap="xs" wrap="wrap">
      <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
        <time dateTime={group.deadline}>{formatDate(group.deadline, i18n.language)}</time>
      </Text>
      {overdue && (
        <Text span size="sm" fw={700} c="red.9">
          {t('workingGroups.overdue')}
        </Text>
      )}
    </Group>
  );
}
