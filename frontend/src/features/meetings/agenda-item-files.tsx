import {
  Box,
  Button,
  FileButton,
  Group,
  Loader,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView } from '../../api/types';
import { ConfirmModal } from '../../components/confirm-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { api } from '../../lib/api-client';
import { formatDayOf } from '../../lib/dates';
import { fetchFile, saveFile } from '../../lib/download';
import { problemMessageKey, toProblemError } from '../../lib/problem';
import { formatFileSize } from '../../lib/file-size';
import { useDialog } from '../../lib/use-dialog';
import {
  ATTACHMENT_ACCEPT,
  attachmentContentType,
  attachmentFileProblem,
  MAX_ATTACHMENTS_PER_ITEM,
  type AttachmentFileProblem,
} from './attachment-file';
import { TransitionError } from './transition-error';
import { useDeleteAttachment, useUploadAttachment, type AttachmentView } from './use-meetings';

interface FileChangeErrorProps {
  error: unknown;
  title: string;
  onReload: () => void;
  reloading: boolean;
}

/**
 * Why a file was not attached or removed: a conflict or a meeting that no longer takes changes is
 * put right by reading the meeting again; a refused file names what was wrong with it.
 */
function FileChangeError({ error, title, onReload, reloading }: FileChangeErrorProps) {
  const { t } = useTranslation();
  const key = toProblemError(error).key;
  if (key === 'version-mismatch' || key === 'invalid-state-transition') {
    return (
      <TransitionError
        error={error}
        onReload={onReload}
        reloading={reloading}
        refusedMessage={t('meetings.agenda.files.refused')}
      />
    );
  }
  const fieldLabel = (field: string) =>
    ({
      file: t('meetings.agenda.files.fileField'),
      filename: t('meetings.agenda.files.filenameField'),
    })[field];
  return (
    <ProblemAlert error={error} title={title} fieldLabel={fieldLabel}>
      {key === 'validation-failed' && <Text size="sm">{t('meetings.agenda.files.rules')}</Text>}
    </ProblemAlert>
  );
}

interface AttachmentRowProps {
  partnershipId: string;
  meetingId: string;
  itemId: string;
  attachment: AttachmentView;
  editable: boolean;
  onRemove: () => void;
}

function AttachmentRow({
  partnershipId,
  meetingId,
  itemId,
  attachment,
  editable,
  onRemove,
}: AttachmentRowProps) {
  const { t, i18n } = useTranslation();
  const download = useMutation({
    mutationFn: () =>
      fetchFile(
        api.GET(
          '/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}/attachments/{attachmentId}',
          {
            params: { path: { partnershipId, meetingId, itemId, attachmentId: attachment.id } },
            parseAs: 'blob',
          },
        ),
        attachment.filename,
      ),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
  const { filename } = attachment;

  return (
    <li>
      <Group gap="xs" align="center">
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {filename}
        </Text>
        <Text size="xs" c="dimmed">
          {t('meetings.agenda.files.details', {
            size: formatFileSize(attachment.sizeBytes, i18n.language),
            date: formatDayOf(attachment.uploadedAt, i18n.language),
            name: attachment.uploadedBy,
          })}
        </Text>
        <Group gap={4}>
          {/* Not `loading`: that disables the button, and a keyboard user would lose their place. */}
          <Button
            size="compact-xs"
            variant="default"
            aria-label={t('meetings.agenda.files.downloadLabel', { filename })}
            leftSection={download.isPending ? <Loader size={12} aria-hidden="true" /> : undefined}
            data-disabled={download.isPending || undefined}
            aria-disabled={download.isPending || undefined}
            onClick={() => {
              if (!download.isPending) download.mutate();
            }}
          >
            {t('meetings.agenda.files.download')}
          </Button>
          {editable && (
            <Button
              size="compact-xs"
              variant="default"
              aria-label={t('meetings.agenda.files.removeLabel', { filename })}
              onClick={onRemove}
            >
              {t('meetings.agenda.files.remove')}
            </Button>
          )}
        </Group>
      </Group>
      <VisuallyHidden role="status">
        {download.isPending ? t('meetings.agenda.files.downloading', { filename }) : ''}
      </VisuallyHidden>
      {download.isError && (
        <Text size="sm" c="red.9" role="alert">
          {t('meetings.agenda.files.downloadFailed', { filename })}{' '}
          {t(problemMessageKey(toProblemError(download.error).key))}
        </Text>
      )}
    </li>
  );
}

interface AgendaItemFilesProps {
  partnershipId: string;
  meetingId: string;
  item: AgendaItemView;
  /** Whether the user may attach and remove files now (an editor, and the meeting takes them). */
  editable: boolean;
  /** Reads the meeting again, for a change that lost to someone else's. */
  reload: () => Promise<unknown>;
}

/**
 * The files on one agenda item, each to download with the user's token. Editors attach files,
 * checked for type and size before they are sent, and remove them after confirming. Both change
 * the item, so they are based on its version.
 */
export function AgendaItemFiles({
  partnershipId,
  meetingId,
  item,
  editable,
  reload,
}: AgendaItemFilesProps) {
  const { t } = useTranslation();
  const upload = useUploadAttachment(partnershipId, meetingId);
  const remove = useDeleteAttachment(partnershipId, meetingId);
  const [refused, setRefused] = useState<{ problem: AttachmentFileProblem; filename: string }>();
  const removal = useDialog<AttachmentView>();
  const [announcement, setAnnouncement] = useState('');
  const [reloading, setReloading] = useState(false);
  const resetInput = useRef<() => void>(null);
  const attachButton = useRef<HTMLButtonElement>(null);
  const focusAttach = useRef(false);
  const { attachments } = item;
  const full = attachments.length >= MAX_ATTACHMENTS_PER_ITEM;
  const headingId = `agenda-item-files-${item.id}`;
  const helpId = `agenda-item-files-help-${item.id}`;

  // The removed file's buttons are gone, so the focus goes to the attach button instead of the top.
  useEffect(() => {
    if (!focusAttach.current || removal.opened || !attachButton.current) return;
    focusAttach.current = false;
    attachButton.current.focus();
  });

  if (attachments.length === 0 && !editable) return null;

  const choose = (file: File | null) => {
    // The same file may be chosen again after it was refused or removed.
    resetInput.current?.();
    if (!file || upload.isPending) return;
    upload.reset();
    const contentType = attachmentContentType(file);
    const problem = attachmentFileProblem(file);
    if (problem || !contentType) {
      setRefused({ problem: problem ?? 'type', filename: file.name });
      setAnnouncement('');
      return;
    }
    setRefused(undefined);
    setAnnouncement(t('meetings.agenda.files.uploading', { filename: file.name }));
    upload.mutate(
      { itemId: item.id, version: item.version, file, contentType },
      {
        onSuccess: ({ attachment }) =>
          setAnnouncement(t('meetings.agenda.files.attached', { filename: attachment.filename })),
        onError: () => setAnnouncement(''),
      },
    );
  };

  const closeRemoval = () => {
    removal.close();
    remove.reset();
  };

  const confirmRemoval = () => {
    const attachment = removal.subject;
    if (!attachment) return;
    remove.mutate(
      { itemId: item.id, version: item.version, attachment },
      {
        onSuccess: () => {
          focusAttach.current = true;
          closeRemoval();
          setAnnouncement(t('meetings.agenda.files.removed', { filename: attachment.filename }));
        },
      },
    );
  };

  const reloadAfterConflict = async (close: boolean) => {
    setReloading(true);
    await reload();
    setReloading(false);
    upload.reset();
    if (close) closeRemoval();
  };

  const refusedMessages: Record<AttachmentFileProblem, string> = {
    type: t('meetings.agenda.files.wrongType', { filename: refused?.filename }),
    empty: t('meetings.agenda.files.empty', { filename: refused?.filename }),
    tooLarge: t('meetings.agenda.files.tooLarge', { filename: refused?.filename }),
    nameTooLong: t('meetings.agenda.files.nameTooLong'),
  };

  return (
    <Stack gap={4}>
      {attachments.length > 0 && (
        <Box>
          <Title order={5} id={headingId}>
            {t('meetings.agenda.files.title')}
          </Title>
          <Stack component="ul" aria-labelledby={headingId} gap={4} pl="lg" my={4}>
            {attachments.map((attachment) => (
              <AttachmentRow
                key={attachment.id}
                partnershipId={partnershipId}
                meetingId={meetingId}
                itemId={item.id}
                attachment={attachment}
                editable={editable}
                onRemove={() => {
                  setRefused(undefined);
                  upload.reset();
                  removal.open(attachment);
                }}
              />
            ))}
          </Stack>
        </Box>
      )}
      {editable && (
        <>
          {full ? (
            <Text size="sm" c="dimmed">
              {t('meetings.agenda.files.full', { max: MAX_ATTACHMENTS_PER_ITEM })}
            </Text>
          ) : (
            <Group gap="xs" align="center">
              <FileButton onChange={choose} accept={ATTACHMENT_ACCEPT} resetRef={resetInput}>
                {({ onClick }) => (
                  // Not `loading`: that disables the button, and a keyboard user would lose their place.
                  <Button
                    ref={attachButton}
                    size="xs"
                    variant="default"
                    aria-label={t('meetings.agenda.files.attachLabel', { title: item.title })}
                    aria-describedby={helpId}
                    leftSection={
                      upload.isPending ? <Loader size={12} aria-hidden="true" /> : undefined
                    }
                    data-disabled={upload.isPending || undefined}
                    aria-disabled={upload.isPending || undefined}
                    onClick={() => {
                      if (!upload.isPending) onClick();
                    }}
                  >
                    {t('meetings.agenda.files.attach')}
                  </Button>
                )}
              </FileButton>
              <Text size="xs" c="dimmed" id={helpId}>
                {t('meetings.agenda.files.help')}
              </Text>
            </Group>
          )}
          {upload.isPending && (
            <Text size="sm" aria-hidden="true">
              {announcement}
            </Text>
          )}
          <VisuallyHidden role="status">{announcement}</VisuallyHidden>
          {refused && (
            <Text size="sm" c="red.9" role="alert">
              {refusedMessages[refused.problem]}
            </Text>
          )}
          {upload.isError && (
            <FileChangeError
              error={upload.error}
              title={t('meetings.agenda.files.uploadFailed')}
              onReload={() => void reloadAfterConflict(false)}
              reloading={reloading}
            />
          )}
          <ConfirmModal
            opened={removal.opened}
            onClose={closeRemoval}
            title={t('meetings.agenda.files.removeTitle')}
            confirmLabel={t('meetings.agenda.files.remove')}
            danger
            pending={remove.isPending}
            onConfirm={confirmRemoval}
            error={
              remove.isError && (
                <FileChangeError
                  error={remove.error}
                  title={t('meetings.agenda.files.removeFailed')}
                  onReload={() => void reloadAfterConflict(true)}
                  reloading={reloading}
                />
              )
            }
          >
            <Text>
              {t('meetings.agenda.files.removeText', {
                filename: removal.subject?.filename,
                title: item.title,
              })}
            </Text>
          </ConfirmModal>
        </>
      )}
    </Stack>
  );
}
