import {
  Button,
  CopyButton,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/confirm-modal';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/dates';
import { useDialog } from '../../lib/use-dialog';
import { usePageTitle } from '../../lib/use-page-title';
import {
  useCalendarFeed,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
  type CalendarFeedView,
} from './use-calendar-feed';

type Dialog = 'replace' | 'revoke';

function FeedState({ feed }: { feed: CalendarFeedView }) {
  const { t, i18n } = useTranslation();
  if (!feed.active) return <Text>{t('calendarFeed.inactive')}</Text>;
  return (
    <Stack gap={4}>
      <Text fw={500}>{t('calendarFeed.active')}</Text>
      {feed.createdAt && (
        <Text size="sm">
          {t('calendarFeed.createdAt', { date: formatDateTime(feed.createdAt, i18n.language) })}
        </Text>
      )}
      <Text size="sm">
        {feed.lastUsedAt
          ? t('calendarFeed.lastUsedAt', { date: formatDateTime(feed.lastUsedAt, i18n.language) })
          : t('calendarFeed.neverUsed')}
      </Text>
    </Stack>
  );
}

interface NewAddressProps {
  url: string;
  inputRef: Ref<HTMLInputElement>;
}

/** The address just made: the API gives it this once, so it is shown with a way to copy it. */
function NewAddress({ url, inputRef }: NewAddressProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <TextInput
          ref={inputRef}
          label={t('calendarFeed.addressLabel')}
          value={url}
          description={`${t('calendarFeed.addressOnce')} ${t('calendarFeed.howTo')}`}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Group gap="sm">
              <Button size="sm" variant="default" onClick={copy}>
                {copied ? t('calendarFeed.copied') : t('calendarFeed.copy')}
              </Button>
              <VisuallyHidden role="status">
                {copied ? t('calendarFeed.copiedAnnouncement') : ''}
              </VisuallyHidden>
            </Group>
          )}
        </CopyButton>
      </Stack>
    </Paper>
  );
}

/**
 * The user's personal calendar feed: one secret address a calendar program subscribes to for every
 * meeting of their partnerships. It can be made, replaced (the old one stops working) and stopped;
 * the address is shown only right after it is made.
 */
export function CalendarFeedPage() {
  const { t } = useTranslation();
  usePageTitle(t('calendarFeed.title'));
  const query = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const dialog = useDialog<Dialog>();
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const address = useRef<HTMLInputElement>(null);
  const focusNext = useRef<'address' | 'heading' | null>(null);
  // Kept apart from the mutation so clearing an error does not hide an address not yet copied.
  const [newUrl, setNewUrl] = useState<string | null>(null);

  // The button that was used is gone or behind a closing dialog once a change is made, so the focus
  // moves on; it waits for the dialog to close, which would otherwise hand it back to the button.
  useEffect(() => {
    if (dialog.opened || focusNext.current === null) return;
    const target = focusNext.current === 'address' ? address.current : null;
    (target ?? heading.current)?.focus();
    focusNext.current = null;
  });

  const openDialog = (kind: Dialog) => {
    create.reset();
    revoke.reset();
    dialog.open(kind);
  };

  const closeDialog = () => {
    create.reset();
    revoke.reset();
    dialog.close();
  };

  const makeAddress = () => {
    revoke.reset();
    create.mutate(undefined, {
      onSuccess: (feed) => {
        setNewUrl(feed.url);
        focusNext.current = 'address';
        setAnnouncement(t('calendarFeed.created'));
        dialog.close();
      },
    });
  };

  const stop = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setNewUrl(null);
        focusNext.current = 'heading';
        setAnnouncement(t('calendarFeed.revoked'));
        dialog.close();
      },
    });

  const feed = query.data;

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1} ref={heading} tabIndex={-1}>
        {t('calendarFeed.title')}
      </Title>
      <Text>{t('calendarFeed.intro')}</Text>
      <Text>{t('calendarFeed.secret')}</Text>
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      {query.isPending ? (
        <LoadingState label={t('calendarFeed.loading')} />
      ) : !feed ? (
        <ProblemAlert
          error={query.error}
          title={t('calendarFeed.loadFailed')}
          onRetry={() => void query.refetch()}
        />
      ) : (
        <Stack gap="md" align="flex-start">
          <FeedState feed={feed} />
          <Group gap="sm">
            {feed.active ? (
              <>
                <Button onClick={() => openDialog('replace')}>{t('calendarFeed.replace')}</Button>
                <Button variant="default" onClick={() => openDialog('revoke')}>
                  {t('calendarFeed.revoke')}
                </Button>
              </>
            ) : (
              <Button onClick={makeAddress} loading={create.isPending}>
                {t('calendarFeed.create')}
              </Button>
            )}
          </Group>
          {!dialog.opened && create.isError && (
            <ProblemAlert error={create.error} title={t('calendarFeed.createFailed')} />
          )}
        </Stack>
      )}
      {newUrl && <NewAddress url={newUrl} inputRef={address} />}
      <ConfirmModal
        opened={dialog.isOpen('replace')}
        onClose={closeDialog}
        title={t('calendarFeed.replaceTitle')}
        confirmLabel={t('calendarFeed.replace')}
        onConfirm={makeAddress}
        pending={create.isPending}
        error={
          create.isError && (
            <ProblemAlert error={create.error} title={t('calendarFeed.createFailed')} />
          )
        }
      >
        <Text>{t('calendarFeed.replaceText')}</Text>
      </ConfirmModal>
      <ConfirmModal
        opened={dialog.isOpen('revoke')}
        onClose={closeDialog}
        title={t('calendarFeed.revokeTitle')}
        confirmLabel={t('calendarFeed.revoke')}
        onConfirm={stop}
        pending={revoke.isPending}
        danger
        error={
          revoke.isError && (
            <ProblemAlert error={revoke.error} title={t('calendarFeed.revokeFailed')} />
          )
        }
      >
        <Text>{t('calendarFeed.revokeText')}</Text>
      </ConfirmModal>
    </Stack>
  );
}
