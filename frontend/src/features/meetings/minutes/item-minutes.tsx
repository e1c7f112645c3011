import { Box, Button, Paper, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, MeetingView } from '../../../api/types';
import { PlainText } from '../../../components/plain-text';
import { ProblemAlert } from '../../../components/problem-alert';
import { RichText } from '../../../components/rich-text';
import { FollowUpFacts } from '../../../components/follow-up-facts';
import { useDialog } from '../../../lib/use-dialog';
import { CommentModal } from './comment-modal';
import { ItemComments } from './item-comments';
import { hasComments, useComments } from './use-minutes';

interface ItemMinutesProps {
  meeting: MeetingView;
  item: AgendaItemView;
  /** Whether the user may comment on the draft minutes now. */
  canComment: boolean;
  reload: () => Promise<unknown>;
}

/**
 * What the minutes say under one agenda item: the text, the decisions and follow-up items, and
 * the members' comments while the minutes are out for them. Nothing when there is nothing yet.
 */
export function ItemMinutes({ meeting, item, canComment, reload }: ItemMinutesProps) {
  const { t } = useTranslation();
  const comments = useComments(meeting);
  const dialog = useDialog();
  const [announcement, setAnnouncement] = useState('');
  const itemComments = (comments.data ?? []).filter((comment) => comment.agendaItemId === item.id);
  const showComments = hasComments(meeting);
  const hasContent =
    Boolean(item.minutes) ||
    item.decisions.length > 0 ||
    item.followUps.length > 0 ||
    itemComments.length > 0;
  if (!hasContent && !canComment) return null;

  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0">
      <Stack gap="xs">
        {item.minutes && (
          <Box>
            <Title order={5}>{t('minutes.item.minutes')}</Title>
            <RichText html={item.minutes} />
          </Box>
        )}
        {item.decisions.length > 0 && (
          <Box>
            <Title order={5}>{t('minutes.item.decisions')}</Title>
            <Box component="ul" pl="lg" my={4}>
              {item.decisions.map((decision) => (
                <li key={decision.id}>
                  <PlainText size="sm">{decision.text}</PlainText>
                </li>
              ))}
            </Box>
          </Box>
        )}
        {item.followUps.length > 0 && (
          <Box>
            <Title order={5}>{t('minutes.item.followUps')}</Title>
            <Box component="ul" pl="lg" my={4}>
              {item.followUps.map((followUp) => (
                <li key={followUp.id}>
                  <PlainText size="sm" fw={500}>
                    {followUp.title}
                  </PlainText>
                  <FollowUpFacts item={followUp} />
                </li>
              ))}
            </Box>
          </Box>
        )}
        {showComments && itemComments.length > 0 && (
          <Box>
            <Title order={5}>{t('minutes.comments.title')}</Title>
            <ItemComments meeting={meeting} comments={itemComments} reload={reload} />
          </Box>
        )}
        {canComment && (
          <>
            <Button
              size="xs"
              variant="default"
              style={{ alignSelf: 'flex-start' }}
              aria-label={t('minutes.comments.addLabel', { title: item.title })}
              onClick={() => dialog.open()}
            >
              {t('minutes.comments.add')}
            </Button>
            <VisuallyHidden role="status">{announcement}</VisuallyHidden>
            <CommentModal
              partnershipId={meeting.partnershipId}
              meetingId={meeting.id}
              item={item}
              opened={dialog.opened}
              session={dialog.session}
              onClose={() => dialog.close()}
              onAdded={() => setAnnouncement(t('minutes.comments.added', { title: item.title }))}
              reload={reload}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** Comments that could not be read are said once for the whole agenda, not under every item. */
export function CommentsProblem({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const comments = useComments(meeting);
  if (!comments.isError) return null;
  return (
    <ProblemAlert
      error={comments.error}
      title={t('minutes.comments.loadFailed')}
      onRetry={() => void comments.refetch()}
    />
  );
}
