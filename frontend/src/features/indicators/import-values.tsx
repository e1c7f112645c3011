import {
  Alert,
  Box,
  Button,
  Group,
  Input,
  Loader,
  Modal,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import { toProblemError } from '../../lib/problem';
import { useDialog } from '../../lib/use-dialog';
import {
  IMPORT_ACCEPT,
  importFileProblem,
  MAX_IMPORT_BYTES,
  type ImportFileProblem,
} from './import-file';
import { ImportPreviewTable, useImportSummary } from './import-preview';
import type { ImportReport, IndicatorView } from './types';
import { usePreviewImport, useStoreImport, type ImportUpload } from './use-measurement-files';

const FILE_INPUT_ID = 'import-values-file';
const STORE_REASON_ID = 'import-values-store-reason';
const COLUMNS = ['indicator', 'area', 'period', 'value', 'optional'] as const;
const LIST_LOCALES: Record<string, string> = { da: 'da-DK', en: 'en-GB' };

/** The columns the file needs, and on an indicator's page the code and areas to write for it. */
function ColumnsHelp({ indicator }: { indicator?: IndicatorView }) {
  const { t, i18n } = useTranslation();
  const areas = new Intl.ListFormat(LIST_LOCALES[i18n.language] ?? LIST_LOCALES.da, {
    type: 'conjunction',
  }).format((indicator?.areas ?? []).map((area) => `»${area.name}«`));
  return (
    <Box component="section" aria-labelledby="import-values-columns">
      <Title order={3} size="h5" id="import-values-columns">
        {t('indicators.import.columnsTitle')}
      </Title>
      <Text size="sm" mt={4}>
        {t('indicators.import.columnsIntro')}
      </Text>
      <Box component="ul" my="xs" pl="lg">
        {COLUMNS.map((column) => (
          <li key={column}>
            <Text size="sm">
              <Text span size="sm" fw={700}>
                {t(`indicators.import.columns.${column}`)}
              </Text>
              {': '}
              {t(`indicators.import.columns.${column}Help`)}
            </Text>
          </li>
        ))}
      </Box>
      <Text size="sm">{t('indicators.import.columnsNote')}</Text>
      {indicator && (
        <Text size="sm" mt="xs">
          {t('indicators.import.thisIndicator', {
            code: indicator.code,
            areas,
            period: t(`indicators.periodPlaceholder.${indicator.frequency}`),
          })}
        </Text>
      )}
    </Box>
  );
}

/** A file the API could not read is put right by fixing the file, so the columns are named again. */
function PreviewError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const problem = toProblemError(error);
  const unreadable =
    problem.key === 'validation-failed' &&
    (problem.problem?.violations ?? []).some((violation) => violation.field === 'file');
  if (unreadable) {
    return (
      <Alert variant="outline" color="red.9" title={t('indicators.import.unreadableTitle')}>
        <Text size="sm">{t('indicators.import.unreadable')}</Text>
      </Alert>
    );
  }
  return (
    <ProblemAlert error={error} title={t('indicators.import.previewFailed')} onRetry={onRetry} />
  );
}

/**
 * The rows the API names when it refuses to store, as `row 7`: rejected ones, or (`conflict`)
 * ones whose values someone changed after the preview.
 */
function rejectedRows(error: unknown): number[] {
  const problem = toProblemError(error);
  if (problem.key !== 'validation-failed' && problem.key !== 'conflict') return [];
  return (problem.problem?.violations ?? []).flatMap((violation) => {
    const match = /^row (\d+)$/.exec(violation.field);
    return match ? [Number(match[1])] : [];
  });
}

/**
 * Why storing failed. Rows that pass the preview can be rejected when stored, if an indicator or
 * its areas changed in between; a new preview then shows why.
 */
function StoreError({
  error,
  onRetry,
  onPreviewAgain,
}: {
  error: unknown;
  onRetry: () => void;
  onPreviewAgain: () => void;
}) {
  const { t } = useTranslation();
  const rows = rejectedRows(error);
  const changed = toProblemError(error).key === 'conflict';
  if (rows.length === 0) {
    return (
      <ProblemAlert error={error} title={t('indicators.import.storeFailed')} onRetry={onRetry} />
    );
  }
  return (
    <Alert variant="outline" color="red.9" title={t('indicators.import.storeFailed')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {t(changed ? 'indicators.import.changedMeanwhile' : 'indicators.import.nowRejected')}
        </Text>
        <Text size="sm">
          {t(changed ? 'indicators.import.changedRows' : 'indicators.import.rejectedRows', {
            rows: rows.join(', '),
          })}
        </Text>
        <Button size="sm" onClick={onPreviewAgain}>
          {t('indicators.import.previewAgain')}
        </Button>
      </Stack>
    </Alert>
  );
}

interface ImportDialogProps {
  partnershipId: string;
  indicator?: IndicatorView;
  onCancel: () => void;
  onStored: (report: ImportReport) => void;
}

function ImportDialog({ partnershipId, indicator, onCancel, onStored }: ImportDialogProps) {
  const { t } = useTranslation();
  const preview = usePreviewImport(partnershipId);
  const store = useStoreImport(partnershipId);
  const [refused, setRefused] = useState<{ problem: ImportFileProblem; filename: string }>();
  const [filename, setFilename] = useState('');
  const summary = useImportSummary();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    store.reset();
    preview.reset();
    setRefused(undefined);
    if (!file) return;
    const problem = importFileProblem(file);
    if (problem) {
      setRefused({ problem, filename: file.name });
      return;
    }
    setFilename(file.name);
    preview.mutate(file);
  };

  const previewAgain = (upload: ImportUpload) => {
    store.reset();
    preview.mutate(upload);
  };

  const refusedMessages: Record<ImportFileProblem, string> = {
    type: t('indicators.import.wrongType', { filename: refused?.filename }),
    empty: t('indicators.import.empty', { filename: refused?.filename }),
    tooLarge: t('indicators.import.tooLarge', {
      filename: refused?.filename,
      max: MAX_IMPORT_BYTES / 1024 / 1024,
    }),
  };
  const describedBy = [
    refused ? `${FILE_INPUT_ID}-error` : undefined,
    `${FILE_INPUT_ID}-description`,
  ].filter(Boolean);

  const ready = preview.isSuccess ? preview.data : undefined;
  const report = ready?.report;
  const blocked = report ? report.rejected > 0 : false;
  const nothingToStore = report ? !blocked && report.created + report.corrected === 0 : false;

  return (
    <Stack gap="md">
      <Text>{t('indicators.import.intro')}</Text>
      <ColumnsHelp indicator={indicator} />
      <Input.Wrapper
        id={FILE_INPUT_ID}
        label={t('indicators.import.file')}
        description={t('indicators.import.fileHelp', { max: MAX_IMPORT_BYTES / 1024 / 1024 })}
        error={refused && refusedMessages[refused.problem]}
        errorProps={{ role: 'alert' }}
      >
        <Box mt={4}>
          <input
            id={FILE_INPUT_ID}
            type="file"
            accept={IMPORT_ACCEPT}
            aria-describedby={describedBy.join(' ')}
            aria-invalid={refused ? true : undefined}
            // A new file while storing would leave the user not knowing what was stored.
            disabled={store.isPending}
            // Cleared on opening, so choosing the same file again after correcting it reads it anew.
            onClick={(event) => {
              event.currentTarget.value = '';
            }}
            onChange={choose}
          />
        </Box>
      </Input.Wrapper>
      {preview.isPending && (
        <LoadingState label={t('indicators.import.previewing', { filename })} />
      )}
      {preview.isError && (
        <PreviewError
          error={preview.error}
          onRetry={() => preview.variables && preview.mutate(preview.variables)}
        />
      )}
      {ready && report && (
        <Stack gap="md">
          <ImportPreviewTable report={report} />
          {blocked && (
            <Text id={STORE_REASON_ID} fw={700} c="red.9">
              {t('indicators.import.blocked')} {t('indicators.import.blockedHint')}
            </Text>
          )}
          {nothingToStore && (
            <Text id={STORE_REASON_ID} fw={500}>
              {t('indicators.import.nothingToStore')}
            </Text>
          )}
          {store.isError && (
            <StoreError
              error={store.error}
              onRetry={() => store.mutate(ready, { onSuccess: onStored })}
              onPreviewAgain={() => previewAgain(ready.upload)}
            />
          )}
        </Stack>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        {ready && (
          // Not `loading` while storing: that disables the button, and a keyboard user would lose their place.
          <Button
            disabled={blocked || nothingToStore}
            aria-describedby={blocked || nothingToStore ? STORE_REASON_ID : undefined}
            leftSection={store.isPending ? <Loader size={14} aria-hidden="true" /> : undefined}
            data-disabled={store.isPending || undefined}
            aria-disabled={store.isPending || undefined}
            onClick={() => {
              if (!store.isPending) store.mutate(ready, { onSuccess: onStored });
            }}
          >
            {t('indicators.import.store')}
          </Button>
        )}
      </Group>
      <VisuallyHidden role="status">
        {store.isPending
          ? t('indicators.import.storing')
          : report
            ? t('indicators.import.previewReady', { summary: summary(report) })
            : ''}
      </VisuallyHidden>
    </Stack>
  );
}

interface ImportValuesProps {
  partnershipId: string;
  /** On an indicator's page: its code and areas are named, as the file will mostly hold its values. */
  indicator?: IndicatorView;
  /** Called with what to announce once values are stored. */
  onStored: (message: string) => void;
}

/**
 * Values for many periods, areas and indicators at once from a CSV or Excel file. Choosing the
 * file shows what each row will do; only a file without rejected rows can be stored, and then
 * all of it is.
 */
export function ImportValues({ partnershipId, indicator, onStored }: ImportValuesProps) {
  const { t } = useTranslation();
  const dialog = useDialog();
  const close = () => dialog.close();

  const stored = (report: ImportReport) => {
    close();
    const saved = t('indicators.import.stored', { count: report.created + report.corrected });
    onStored(
      report.unchanged > 0
        ? `${saved} ${t('indicators.import.storedUnchanged', { count: report.unchanged })}`
        : saved,
    );
  };

  return (
    <>
      <Button
        variant="default"
        onClick={() => {
          onStored('');
          dialog.open();
        }}
      >
        {t('indicators.import.open')}
      </Button>
      <Modal
        opened={dialog.opened}
        onClose={close}
        title={t('indicators.import.title')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <ImportDialog
          key={dialog.session}
          partnershipId={partnershipId}
          indicator={indicator}
          onCancel={close}
          onStored={stored}
        />
      </Modal>
    </>
  );
}
