import { Badge, Box, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentView, MeetingView } from '../../../api/types';
import { PlainText } from '../../../components/plain-text';
import { formatDateTime } from '../../../lib/dates';
import { TransitionError } from '../transition-error';
import { commentsWorkable, useMarkCommentHandled } from './use-minutes';

/** How many of the comments the secretariat has not marked handled yet. */
export function unhandledCount(comments: readonly CommentView[]): number {
  return comments.filter((comment) => comment.handledAt === null).length;
}

/** "2 kommentarer er ikke håndteret", or that all are, once there are any. */
export function UnhandledCount({ comments }: { comments: readonly CommentView[] }) {
  const { t } = useTranslation();
  if (comments.length === 0) return null;
  const count = unhandledCount(comments);
  return (
    <Text size="sm" fw={500}>
      {count === 0 ? t('minutes.comments.allHandled') : t('minutes.comments.unhandled', { count })}
    </Text>
  );
}

interface ItemCommentsProps {
  meeting: MeetingView;
  /** One item's comments, oldest first. */
  comments: readonly CommentView[];
  /** Reads the meeting and its comments again. */
  reload: () => Promise<unknown>;
}

/**
 * The members' comments on one item: who wrote what, when, and whether the secretariat has
 * handled it. The secretariat marks each handled (and back) while it works the comments in.
 */
export function ItemComments({ meeting, comments, reload }: ItemCommentsProps) {
  const { t, i18n } = useTranslation();
  const mark = useMarkCommentHandled(meeting.partnershipId, meeting.id);
  const canMark = meeting.canEdit && commentsWorkable(meeting);
  const pending = mark.isPending ? mark.variables?.id : undefined;
  const [reloading, setReloading] = useState(false);

  // Refused because the minutes moved on meanwhile (approved, say): read them again.
  const reloadAfterError = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    mark.reset();
  };

  return (
    <Stack gap="xs">
      <Box component="ul" pl="lg" my={4}>
        {comments.map((comment) => {
          const handled = comment.handledAt !== null;
          const bylineId = `comment-${comment.id}-byline`;
          return (
            <li key={comment.id}>
              <Stack gap={4} mb="xs">
                <Group gap="xs">
                  <Text size="sm" fw={500} id={bylineId}>
                    {t('minutes.comments.byline', {
                      name: comment.author.name,
                      date: formatDateTime(comment.createdAt, i18n.language),
                    })}
                  </Text>
                  {handled && (
                    <Badge size="sm" variant="outline" color="teal.9">
                      {t('minutes.comments.handled')}
                    </Badge>
                  )}
                </Group>
                <PlainText size="sm">{comment.text}</PlainText>
                {handled && comment.handledAt && (
                  <Text size="xs" c="dimmed">
                    {t('minutes.comments.handledBy', {
                      name: comment.handledBy?.name ?? '',
                      date: formatDateTime(comment.handledAt, i18n.language),
                    })}
                  </Text>
                )}
                {canMark && (
                  <Checkbox
                    size="sm"
                    label={t('minutes.comments.markHandled')}
                    aria-describedby={bylineId}
                    checked={handled}
                    disabled={pending === comment.id}
                    onChange={(event) => {
                      mark.reset();
                      mark.mutate({ id: comment.id, handled: event.currentTarget.checked });
                    }}
                  />
                )}
              </Stack>
            </li>
          );
        })}
      </Box>
      {mark.isError && (
        <TransitionError
          error={mark.error}
          onReload={() => void reloadAfterError()}
          reloading={reloading}
          refusedMessage={t('minutes.comments.markRefused')}
        />
      )}
    </Stack>
  );
}
