const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The body types the import reads. */
export type ImportContentType = 'text/csv' | typeof XLSX_TYPE;

/** What the file picker offers: extensions for the file dialog, types for drag and drop. */
export const IMPORT_ACCEPT = `.csv,.xlsx,text/csv,${XLSX_TYPE}`;

/** Below the API's own limit, so a file the API would refuse is never sent. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ImportFileProblem = 'type' | 'empty' | 'tooLarge';

/**
 * The type to send the file as, told by its extension: browsers label a CSV file differently (on
 * Windows often as an Excel type), so the type they report cannot be trusted.
 */
export function importContentType(file: File): ImportContentType | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  return null;
}

/** Why the file cannot be imported, as far as can be told without reading it; null if it may be. */
export function importFileProblem(file: File): ImportFileProblem | null {
  if (!importContentType(file)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_IMPORT_BYTES) return 'tooLarge';
  return null;
}
