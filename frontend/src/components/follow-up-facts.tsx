import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpView } from '../api/types';
import { formatDate } from '../lib/dates';

/** Who is responsible for a follow-up item: the organisation, the person, or both. */
export function responsibleNames(
  item: Pick<FollowUpView, 'responsibleOrganisation' | 'responsiblePerson'>,
) {
  return [item.responsibleOrganisation?.name, item.responsiblePerson?.name]
    .filter((name): name is string => Boolean(name))
    .join(', ');
}

/**
 * Who is responsible, by when, and whether it is done or overdue; overdue is said in words, not
 * only shown in red.
 */
export function FollowUpFacts({ item }: { item: FollowUpView }) {
  const { t, i18n } = useTranslation();
  const names = responsibleNames(item);
  return (
    <Group gap="xs" align="center">
      {names && <Text size="sm">{t('followUps.responsible', { names })}</Text>}
      <Text size="sm">
        {item.dueDate
          ? t('followUps.due', { date: formatDate(item.dueDate, i18n.language) })
          : t('followUps.noDue')}
      </Text>
      {item.status === 'DONE' ? (
        <Badge variant="outline" color="teal.9" radius="sm">
          {t('followUps.status.DONE')}
        </Badge>
      ) : (
        item.overdue && (
          <Badge variant="filled" color="red.9" radius="sm">
            {t('followUps.overdue')}
          </Badge>
        )
      )}
    </Group>
  );
}
