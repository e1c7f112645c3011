/** The largest file the API stores on an agenda item: 10 MiB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The most files the API keeps on one agenda item. */
export const MAX_ATTACHMENTS_PER_ITEM = 20;

const MAX_FILENAME_LENGTH = 255;

/** The accepted files by their name's ending, with the type the API expects for each. */
const TYPES_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

const ACCEPTED_TYPES = new Set(Object.values(TYPES_BY_EXTENSION));

/** For the file dialog, which then offers only the files the API takes. */
export const ATTACHMENT_ACCEPT = [
  ...ACCEPTED_TYPES,
  ...Object.keys(TYPES_BY_EXTENSION).map((extension) => `.${extension}`),
].join(',');

export type AttachmentFileProblem = 'type' | 'empty' | 'tooLarge' | 'nameTooLong';

function extensionOf(name: string): string {
  const match = name.trim().match(/\.([^.]+)$/);
  return match ? match[1].toLowerCase() : '';
}

/**
 * The type to send a file as, or undefined when it is not one the API takes. Some systems give no
 * type for Office files, so the name's ending decides when the browser's type is not one of ours;
 * the API checks the content either way.
 */
export function attachmentContentType(file: File): string | undefined {
  const declared = file.type.split(';')[0].trim().toLowerCase();
  if (ACCEPTED_TYPES.has(declared)) return declared;
  return TYPES_BY_EXTENSION[extensionOf(file.name)];
}

/** Why a chosen file cannot go on an agenda item, checked before it is sent. */
export function attachmentFileProblem(file: File): AttachmentFileProblem | undefined {
  if (!attachmentContentType(file)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'tooLarge';
  if (file.name.trim().length > MAX_FILENAME_LENGTH) return 'nameTooLong';
  return undefined;
}
