/** The largest report the API stores on an activity: 10 MiB. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

const MAX_FILENAME_LENGTH = 255;

/** The accepted files by their name's ending, with the type the API expects for each. */
const TYPES_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const ACCEPTED_TYPES = new Set(Object.values(TYPES_BY_EXTENSION));

/** For the file dialog, which then offers only the files the API takes. */
export const REPORT_ACCEPT = [
  ...ACCEPTED_TYPES,
  ...Object.keys(TYPES_BY_EXTENSION).map((extension) => `.${extension}`),
].join(',');

export type ReportFileProblem = 'type' | 'empty' | 'tooLarge' | 'nameTooLong';

function extensionOf(name: string): string {
  const match = name.trim().match(/\.([^.]+)$/);
  return match ? match[1].toLowerCase() : '';
}

/**
 * The type to send a report as, or undefined when it is not a PDF or a Word document. Some systems
 * give no type for a .docx file, so the name's ending decides when the browser's type is not one
 * of ours; the API checks the content either way.
 */
export function reportContentType(file: File): string | undefined {
  const declared = file.type.split(';')[0].trim().toLowerCase();
  if (ACCEPTED_TYPES.has(declared)) return declared;
  return TYPES_BY_EXTENSION[extensionOf(file.name)];
}

/** Why a chosen file cannot be an activity's report, checked before it is sent. */
export function reportFileProblem(file: File): ReportFileProblem | undefined {
  if (!reportContentType(file)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_REPORT_BYTES) return 'tooLarge';
  if (file.name.trim().length > MAX_FILENAME_LENGTH) return 'nameTooLong';
  return undefined;
}
