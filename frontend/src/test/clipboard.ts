/** jsdom has no DataTransfer; this stands in for what the browser hands a paste event. */
export function clipboard(data: Record<string, string>): DataTransfer {
  return {
    types: Object.keys(data),
    getData: (type: string) => data[type] ?? '',
    items: [],
    files: [],
  } as unknown as DataTransfer;
}

/** Formatted text as a browser puts it on the clipboard, with a plain-text copy beside it. */
export function htmlClipboard(html: string): DataTransfer {
  const text = html.replace(/<[^>]*>/g, '');
  return clipboard({ 'text/html': html, 'text/plain': text });
}
