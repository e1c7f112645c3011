import { Anchor, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpView } from '../../api/types';
import { paths } from '../../app/paths';
import { PlainText } from '../../components/plain-text';
import { ProblemAlert } from '../../components/problem-alert';
import { SaveError } from '../../components/save-error';
import { toProblemError } from '../../lib/problem';
import { useDialog } from '../../lib/use-dialog';
import { FollowUpFacts } from '../../components/follow-up-facts';
import { DoneModal } from './status-modal';
import { useSetFollowUpStatus } from './use-follow-ups';

interface FollowUpListProps {
  items: FollowUpView[];
  /** Names the list for screen readers. */
  label: string;
  /** Heading level of each item's title, to keep headings in order where the list is shown. */
  headingOrder: 2 | 3 | 4;
  /** The partnership's name for an item, to link to it; nothing where the partnership is clear. */
  partnershipName?: (item: FollowUpView) => string | undefined;
  /** Whether the user may mark the item done or open; the API decides in the end. */
  canChange: (item: FollowUpView) => boolean;
  /** Reads the list again; resolves to the item's newest version, if it is still on it. */
  reloadItem: (id: string) => Promise<FollowUpView | undefined>;
  /** Said when an item changed status, which moves it to the other list. */
  onChanged: (message: string) => void;
}

/**
 * Follow-up items, each with who is responsible, the due date (overdue said in words) and a link
 * to the meeting that agreed it; those the user may change are marked done with a note, or
 * reopened.
 */
export function FollowUpList({
  items,
  label,
  headingOrder,
  partnershipName,
  canChange,
  reloadItem,
  onChanged,
}: FollowUpListProps) {
  const { t } = useTranslation();
  const dialog = useDialog<FollowUpView>();
  const reopen = useSetFollowUpStatus();
  const [reloading, setReloading] = useState(false);

  const reopenItem = (item: FollowUpView) =>
    reopen.mutate(
      { item, input: { status: 'OPEN' } },
      { onSuccess: () => onChanged(t('followUps.reopened', { title: item.title })) },
    );

  const reloadAfterError = async () => {
    setReloading(true);
    const id = reopen.variables?.item.id;
    if (id) await reloadItem(id);
    setReloading(false);
    reopen.reset();
  };

  return (
    <Stack gap="sm">
      {reopen.isError &&
        (toProblemError(reopen.error).key === 'version-mismatch' ? (
          <SaveError
            error={reopen.error}
            onReload={() => void reloadAfterError()}
            reloading={reloading}
          />
        ) : (
          <ProblemAlert error={reopen.error} title={t('followUps.changeFailed')} />
        ))}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
        {items.map((item) => {
          const partnership = partnershipName?.(item);
          return (
            <Paper
              component="li"
              key={item.id}
              withBorder
              p="md"
              radius="md"
              style={
                item.overdue && item.status === 'OPEN'
                  ? { borderLeft: '6px solid var(--mantine-color-red-9)' }
                  : undefined
              }
            >
              <Stack gap={6}>
                <Title order={headingOrder} size="h5" style={{ overflowWrap: 'anywhere' }}>
                  {item.title}
                </Title>
                <FollowUpFacts item={item} />
                {item.note && (
                  <PlainText size="sm">{t('followUps.noteShown', { note: item.note })}</PlainText>
                )}
                <Group gap="md">
                  {partnership && (
                    <Anchor component={Link} size="sm" to={paths.partnership(item.partnershipId)}>
                      {partnership}
                    </Anchor>
                  )}
                  <Anchor
                    component={Link}
                    size="sm"
                    to={paths.meeting(item.partnershipId, item.meetingId)}
                    aria-label={t('followUps.meetingLinkLabel', { title: item.title })}
                  >
                    {t('followUps.meetingLink')}
                  </Anchor>
                </Group>
                {canChange(item) && (
                  <Group gap="xs">
                    {item.status === 'OPEN' ? (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('followUps.markDoneLabel', { title: item.title })}
                        onClick={() => {
                          reopen.reset();
                          dialog.open(item);
                        }}
                      >
                        {t('followUps.markDone')}
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('followUps.reopenLabel', { title: item.title })}
                        loading={reopen.isPending && reopen.variables?.item.id === item.id}
                        onClick={() => reopenItem(item)}
                      >
                        {t('followUps.reopen')}
                      </Button>
                    )}
                  </Group>
                )}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      <DoneModal
        item={dialog.subject}
        opened={dialog.opened}
        session={dialog.session}
        onClose={dialog.close}
        onDone={(changed) => onChanged(t('followUps.markedDone', { title: changed.title }))}
        reloadItem={reloadItem}
      />
    </Stack>
  );
}
