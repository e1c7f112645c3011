import { Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermView } from '../../../api/types';
import { ProblemAlert } from '../../../components/problem-alert';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { formatPeriod } from '../format';
import { agreementFileProblem, type AgreementFileProblem } from './agreement-file';
import { useUploadAgreement } from './use-term-mutations';

interface UploadFormProps {
  partnershipId: string;
  /** The term the agreement belongs to; null before the first time. */
  term: TermView | null;
  onClose: () => void;
}

interface AgreementUploadModalProps extends UploadFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts empty. */
  session: number;
}

/** Uploads the signed agreement of a term as a PDF, replacing the one there may be. */
export function AgreementUploadModal({ opened, session, ...form }: AgreementUploadModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={t('terms.uploadTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {form.term && <UploadForm key={session} {...form} />}
    </Modal>
  );
}

function UploadForm({ partnershipId, term, onClose }: UploadFormProps) {
  const { t, i18n } = useTranslation();
  const upload = useUploadAgreement(partnershipId);
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState(false);
  const server = useServerFieldErrors(upload.error);
  if (!term) return null;

  const problem = agreementFileProblem(file);
  const messages: Record<AgreementFileProblem, string> = {
    missing: t('terms.fileMissing'),
    notPdf: t('terms.fileNotPdf'),
    empty: t('terms.fileEmpty'),
    tooLarge: t('terms.fileTooLarge'),
  };
  // A wrong file is said at once; only a missing one waits for the user to try to upload.
  const clientError = problem && (problem !== 'missing' || checked) ? messages[problem] : undefined;
  const fieldLabel = (field: string) =>
    ({ file: t('terms.fileLabel'), filename: t('terms.filenameLabel') })[field];

  const choose = (chosen: File | null) => {
    setFile(chosen);
    upload.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problem || !file) return;
    upload.mutate({ termId: term.id, version: term.version, file }, { onSuccess: onClose });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>
          {t('terms.uploadFor', {
            period: formatPeriod(term.startDate, term.endDate, i18n.language),
          })}
        </Text>
        {term.agreementDocument && (
          <Text size="sm">
            {t('terms.uploadReplaces', { filename: term.agreementDocument.filename })}
          </Text>
        )}
        <FileInput
          label={t('terms.fileLabel')}
          description={t('terms.fileHelp')}
          placeholder={t('terms.filePlaceholder')}
          accept="application/pdf,.pdf"
          required
          clearable
          clearButtonProps={{ 'aria-label': t('terms.fileClear') }}
          data-autofocus
          value={file}
          onChange={choose}
          error={clientError ?? server.errorFor('file', t('terms.fileRejected'))}
        />
        {upload.isError && (
          <ProblemAlert
            error={upload.error}
            title={t('terms.uploadFailed')}
            fieldLabel={fieldLabel}
          />
        )}
        <Group justify="space-between" gap="sm">
          <Text size="sm" role="status" aria-live="polite">
            {upload.isPending ? t('terms.uploading') : ''}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={upload.isPending}>
              {t('terms.uploadSubmit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
