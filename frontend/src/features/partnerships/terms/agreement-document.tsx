import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TermView } from '../../../api/types';
import { formatDate, todayInCopenhagen } from '../../../lib/dates';
import { saveFile } from '../../../lib/download';
import { problemMessageKey, toProblemError } from '../../../lib/problem';
import { formatFileSize } from '../../../lib/file-size';
import { fetchAgreement } from './use-term-mutations';

interface AgreementDocumentProps {
  partnershipId: string;
  term: TermView;
  /** The term's period in words, to tell the buttons of different terms apart. */
  period: string;
  canEdit: boolean;
  onUpload: () => void;
}

/** The signed agreement of a term: download it, and for editors upload or replace it. */
export function AgreementDocument({
  partnershipId,
  term,
  period,
  canEdit,
  onUpload,
}: AgreementDocumentProps) {
  const { t, i18n } = useTranslation();
  const agreement = term.agreementDocument;
  const download = useMutation({
    mutationFn: () => fetchAgreement(partnershipId, term.id),
    onSuccess: (blob) => {
      if (agreement) saveFile(blob, agreement.filename);
    },
  });
  const size = agreement ? formatFileSize(agreement.sizeBytes, i18n.language) : '';

  return (
    <Stack gap={4} align="flex-start">
      {agreement ? (
        <>
          <Anchor
            component="button"
            type="button"
            size="sm"
            ta="left"
            style={{ overflowWrap: 'anywhere' }}
            aria-label={t('terms.downloadLabel', { filename: agreement.filename, size })}
            disabled={download.isPending}
            onClick={() => download.mutate()}
          >
            {agreement.filename}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('terms.documentDetails', {
              size,
              date: formatDate(
                todayInCopenhagen(new Date(agreement.uploadedAt)),
                i18n.language,
                'numeric',
              ),
              name: agreement.uploadedBy,
            })}
          </Text>
          {download.isPending && (
            <Text size="xs" role="status">
              {t('terms.downloading')}
            </Text>
          )}
          {download.isError && (
            <Text size="xs" c="red.9" role="alert">
              {t('terms.downloadFailed')} {t(problemMessageKey(toProblemError(download.error).key))}
            </Text>
          )}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('terms.noDocument')}
        </Text>
      )}
      {canEdit && (
        <Button
          size="xs"
          variant="default"
          aria-label={t(agreement ? 'terms.replaceLabel' : 'terms.uploadLabel', { period })}
          onClick={onUpload}
        >
          {agreement ? t('terms.replace') : t('terms.upload')}
        </Button>
      )}
    </Stack>
  );
}
