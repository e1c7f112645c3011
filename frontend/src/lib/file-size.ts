const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * A file size the way people read it: "471 kB", "1,2 MB". Counted in 1024s, so the API's limit of
 * 10 MiB reads as the "10 MB" the form promises.
 */
export function formatFileSize(bytes: number, language: string): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  if (bytes < KIB) return `${number(bytes, 0)} B`;
  if (bytes < MIB) return `${number(bytes / KIB, 0)} kB`;
  return `${number(bytes / MIB, 1)} MB`;
}
