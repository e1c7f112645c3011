/** The largest agreement the API stores: 10 MiB. */
export const MAX_AGREEMENT_BYTES = 10 * 1024 * 1024;

export type AgreementFileProblem = 'missing' | 'notPdf' | 'empty' | 'tooLarge';

/**
 * Why a chosen file cannot be the signed agreement, checked before it is sent. Some systems give
 * no type for a file, so a name ending in .pdf is accepted then; the API checks the content.
 */
export function agreementFileProblem(file: File | null): AgreementFileProblem | undefined {
  if (!file) return 'missing';
  const pdf =
    file.type === 'application/pdf' || (file.type === '' && /\.pdf$/i.test(file.name.trim()));
  if (!pdf) return 'notPdf';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_AGREEMENT_BYTES) return 'tooLarge';
  return undefined;
}
