import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api-client';
import { fetchFile, saveFile } from '../../lib/download';
import { dashboardKeys, indicatorKeys } from '../../lib/query-keys';
import { importContentType, type ImportContentType } from './import-file';
import type { ExportFormat, ImportReport } from './types';

/**
 * A file as read for the preview. Storing sends these same bytes, so what is stored is what was
 * previewed even if the file on disk has changed since.
 */
export interface ImportUpload {
  bytes: ArrayBuffer;
  filename: string;
  contentType: ImportContentType;
}

export interface ImportPreview {
  upload: ImportUpload;
  report: ImportReport;
}

async function readUpload(file: File): Promise<ImportUpload> {
  const contentType = importContentType(file);
  if (!contentType) throw new Error(`Not a CSV or Excel file: ${file.name}`);
  return { bytes: await file.arrayBuffer(), filename: file.name, contentType };
}

/** @param previewedAt when storing, the preview's: values changed after it are reported, not overwritten */
function postImport(
  partnershipId: string,
  upload: ImportUpload,
  dryRun: boolean,
  previewedAt?: string,
): Promise<ImportReport> {
  return unwrap(
    api.POST('/api/v1/partnerships/{partnershipId}/measurements/import', {
      params: {
        path: { partnershipId },
        query: { dryRun, filename: upload.filename, previewedAt },
      },
      headers: { 'Content-Type': upload.contentType },
      // The contract types a binary body as a string; the bytes go as they are, not as JSON.
      body: upload.bytes as unknown as string,
      bodySerializer: (body: unknown) => body,
    }),
  );
}

/** Asks what importing a file would do, row by row, without storing anything. */
export function usePreviewImport(partnershipId: string) {
  return useMutation({
    mutationFn: async (source: File | ImportUpload): Promise<ImportPreview> => {
      const upload = source instanceof File ? await readUpload(source) : source;
      return { upload, report: await postImport(partnershipId, upload, true) };
    },
  });
}

/**
 * Stores a previewed file: every row or, when any is rejected, none (`validation-failed` naming
 * each rejected row, or `conflict` naming the rows someone changed after the preview). The values may belong to any of the partnership's indicators, so all of
 * them are read again, and the dashboard that sums them up.
 */
export function useStoreImport(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ upload, report }: ImportPreview) =>
      postImport(partnershipId, upload, false, report.previewedAt),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: indicatorKeys.all(partnershipId) }),
        // The dashboard's key, spelt out: one feature does not import another.
        queryClient.invalidateQueries({
          queryKey: dashboardKeys.detail(partnershipId),
        }),
      ]),
  });
}

/**
 * Downloads the values of one indicator, or of all the partnership's indicators when no
 * `indicatorId` is given, in the columns the import reads. `fallbackName` (without extension) is
 * used when the API's file name cannot be read.
 */
export function useExportValues(partnershipId: string, fallbackName: string, indicatorId?: string) {
  return useMutation({
    mutationFn: (format: ExportFormat) => {
      const fallback = `${fallbackName}.${format}`;
      return indicatorId
        ? fetchFile(
            api.GET('/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/export', {
              params: { path: { partnershipId, indicatorId }, query: { format } },
              parseAs: 'blob',
            }),
            fallback,
          )
        : fetchFile(
            api.GET('/api/v1/partnerships/{partnershipId}/measurements/export', {
              params: { path: { partnershipId }, query: { format } },
              parseAs: 'blob',
            }),
            fallback,
          );
    },
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}
