import { Button, FileButton, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/conflict-alert';
import { ProblemAlert } from '../../components/problem-alert';
import { saveFile } from '../../lib/download';
import { problemMessageKey, toProblemError } from '../../lib/problem';
import { formatFileSize } from '../../lib/file-size';
import {
  REPORT_ACCEPT,
  reportContentType,
  reportFileProblem,
  type ReportFileProblem,
} from './report-file';
import type { ActivityView } from './types';
import { fetchReport, useAttachReport } from './use-activities';

interface ActivityReportProps {
  partnershipId: string;
  activity: ActivityView;
  /** Reads the activities again, for an upload that lost to someone else's change. */
  reload: () => Promise<unknown>;
}

/**
 * The activity's report (a safety walk ends in one), to download with the user's token. Editors
 * attach one, or replace it, after the file's type and size are checked here.
 */
export function ActivityReport({ partnershipId, activity, reload }: ActivityReportProps) {
  const { t, i18n } = useTranslation();
  const upload = useAttachReport(partnershipId);
  const download = useMutation({
    mutationFn: () => fetchReport(partnershipId, activity),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
  const [refused, setRefused] = useState<{ problem: ReportFileProblem; filename: string }>();
  const [announcement, setAnnouncement] = useState('');
  const [reloading, setReloading] = useState(false);
  const resetInput = useRef<() => void>(null);
  const { report, title } = activity;
  const helpId = `activity-report-help-${activity.id}`;

  const choose = (file: File | null) => {
    // The same file may be chosen again after it was refused.
    resetInput.current?.();
    if (!file || upload.isPending) return;
    upload.reset();
    const contentType = reportContentType(file);
    const problem = reportFileProblem(file);
    if (problem || !contentType) {
      setRefused({ problem: problem ?? 'type', filename: file.name });
      setAnnouncement('');
      return;
    }
    setRefused(undefined);
    setAnnouncement(t('activities.report.uploading', { filename: file.name }));
    upload.mutate(
      { activity, file, contentType },
      {
        onSuccess: (view) =>
          setAnnouncement(
            t('activities.report.attached', { filename: view.report?.filename ?? '', title }),
          ),
        onError: () => setAnnouncement(''),
      },
    );
  };

  const reloadAfterConflict = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    upload.reset();
  };

  const refusedMessages: Record<ReportFileProblem, string> = {
    type: t('activities.report.wrongType', { filename: refused?.filename }),
    empty: t('activities.report.empty', { filename: refused?.filename }),
    tooLarge: t('activities.report.tooLarge', { filename: refused?.filename }),
    nameTooLong: t('activities.report.nameTooLong'),
  };
  const uploadProblem = upload.isError ? toProblemError(upload.error).key : undefined;

  return (
    <Stack gap={6} align="flex-start">
      {report ? (
        <>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {report.filename}{' '}
            <Text component="span" size="xs" c="dimmed">
              ({formatFileSize(report.sizeBytes, i18n.language)})
            </Text>
          </Text>
          {/* Not `loading`: that disables the button, and a keyboard user would lose their place. */}
          <Button
            size="compact-xs"
            variant="default"
            aria-label={t('activities.report.downloadLabel', { filename: report.filename, title })}
            leftSection={download.isPending ? <Loader size={12} aria-hidden="true" /> : undefined}
            data-disabled={download.isPending || undefined}
            aria-disabled={download.isPending || undefined}
            onClick={() => {
              if (!download.isPending) download.mutate();
            }}
          >
            {t('activities.report.download')}
          </Button>
          <VisuallyHidden role="status">
            {download.isPending
              ? t('activities.report.downloading', { filename: report.filename })
              : ''}
          </VisuallyHidden>
          {download.isError && (
            <Text size="sm" c="red.9" role="alert">
              {t('activities.report.downloadFailed', { filename: report.filename })}{' '}
              {t(problemMessageKey(toProblemError(download.error).key))}
            </Text>
          )}
        </>
      ) : (
        <Text size="sm">{t('activities.report.none')}</Text>
      )}
      {activity.canEdit && (
        <>
          <FileButton onChange={choose} accept={REPORT_ACCEPT} resetRef={resetInput}>
            {({ onClick }) => (
              <Button
                size="compact-xs"
                variant="default"
                aria-label={t(
                  report ? 'activities.report.replaceLabel' : 'activities.report.attachLabel',
                  { title },
                )}
                aria-describedby={helpId}
                leftSection={upload.isPending ? <Loader size={12} aria-hidden="true" /> : undefined}
                data-disabled={upload.isPending || undefined}
                aria-disabled={upload.isPending || undefined}
                onClick={() => {
                  if (!upload.isPending) onClick();
                }}
              >
                {t(report ? 'activities.report.replace' : 'activities.report.attach')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed" id={helpId}>
            {t('activities.report.help')}
          </Text>
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
          {uploadProblem === 'version-mismatch' ? (
            <ConflictAlert onReload={() => void reloadAfterConflict()} reloading={reloading} />
          ) : (
            upload.isError && (
              <ProblemAlert
                error={upload.error}
                title={t('activities.report.uploadFailed')}
                fieldLabel={(field) =>
                  ({
                    file: t('activities.report.fileField'),
                    filename: t('activities.report.filenameField'),
                  })[field]
                }
              >
                {uploadProblem === 'validation-failed' && (
                  <Text size="sm">{t('activities.report.rules')}</Text>
                )}
              </ProblemAlert>
            )
          )}
        </>
      )}
    </Stack>
  );
}
