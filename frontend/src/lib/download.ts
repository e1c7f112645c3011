import { unwrap } from './api-client';

/** A file fetched from the API with the name to save it under. */
export interface FetchedFile {
  blob: Blob;
  filename: string;
}

function decodeExtendedValue(value: string): string | undefined {
  // RFC 8187: charset'language'percent-encoded; only UTF-8 is worth reading.
  const match = value.match(/^UTF-8'[^']*'(.+)$/i);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/**
 * The file name a Content-Disposition header gives: the UTF-8 `filename*` when there is one, since
 * it keeps the Danish letters the plain `filename` has to spell out, else the plain one.
 */
export function filenameFromContentDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = header.match(/(?:^|;)\s*filename\*\s*=\s*([^;]+)/i);
  const decoded = extended ? decodeExtendedValue(extended[1].trim().replace(/^"|"$/g, '')) : '';
  if (decoded?.trim()) return decoded.trim();
  const plain = header.match(/(?:^|;)\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/i);
  const name = (plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2] ?? '').trim();
  return name || undefined;
}

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call made with `parseAs: 'blob'` and returns the file with its name from
 * Content-Disposition. The header is only readable when the API exposes it to the SPA's origin, so
 * `fallbackName` is used when it is not. Throws a ProblemError as {@link unwrap} does.
 */
export async function fetchFile(
  call: Promise<ApiResult<Blob>>,
  fallbackName: string,
): Promise<FetchedFile> {
  let disposition: string | null = null;
  const blob = await unwrap(
    call.then((result) => {
      disposition = result.response.headers.get('Content-Disposition');
      return result;
    }),
  );
  return { blob, filename: filenameFromContentDisposition(disposition) ?? fallbackName };
}

/** Hands a fetched file to the browser as a download under `filename`. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later it has started.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
