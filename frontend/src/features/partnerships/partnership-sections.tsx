import { List, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MilestoneView } from '../../api/types';
import { PlainText } from '../../components/plain-text';
import { formatDate } from '../../lib/dates';
import { DetailSection } from './detail-section';

/**
 * Lets a wide table scroll sideways on a narrow screen. The container can take focus so keyboard
 * users can scroll it too.
 */
export function ScrollableTable({
  labelledBy,
  children,
}: {
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      minWidth={640}
      type="native"
      tabIndex={0}
      role="group"
      aria-labelledby={labelledBy}
    >
      {children}
    </Table.ScrollContainer>
  );
}

export function EmptyNote({ children }: { children: string }) {
  return <Text c="dimmed">{children}</Text>;
}

export function TextListSection({
  id,
  title,
  items,
  emptyText,
}: {
  id: string;
  title: string;
  items: string[];
  emptyText: string;
}) {
  return (
    <DetailSection id={id} title={title}>
      {() =>
        items.length === 0 ? (
          <EmptyNote>{emptyText}</EmptyNote>
        ) : (
          <List spacing="xs">
            {items.map((text, index) => (
              <List.Item key={index}>
                <PlainText>{text}</PlainText>
              </List.Item>
            ))}
          </List>
        )
      }
    </DetailSection>
  );
}

function MilestoneDate({ milestone }: { milestone: MilestoneView }) {
  const { i18n } = useTranslation();
  const byMonth = milestone.datePrecision === 'MONTH';
  return (
    <time dateTime={byMonth ? milestone.date.slice(0, 7) : milestone.date}>
      {formatDate(milestone.date, i18n.language, byMonth ? 'month' : 'long')}
    </time>
  );
}

/** The milestones, oldest first as the API sends them. */
export function MilestonesSection({ milestones }: { milestones: MilestoneView[] }) {
  const { t } = useTranslation();
  return (
    <DetailSection id="milestones" title={t('partnership.milestones')}>
      {() =>
        milestones.length === 0 ? (
          <EmptyNote>{t('partnership.milestonesEmpty')}</EmptyNote>
        ) : (
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {milestones.map((milestone) => (
              <li key={milestone.id}>
                <Text size="sm" fw={600}>
                  <MilestoneDate milestone={milestone} />
                </Text>
                <Text fw={600}>{milestone.title}</Text>
                {milestone.description && <PlainText size="sm">{milestone.description}</PlainText>}
              </li>
            ))}
          </Stack>
        )
      }
    </DetailSection>
  );
}

export function TextSection({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <DetailSection id={id} title={title}>
      {() => <PlainText>{text}</PlainText>}
    </DetailSection>
  );
}
