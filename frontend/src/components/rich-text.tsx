import { Typography } from '@mantine/core';
import { useMemo } from 'react';
import { looksLikeHtml, sanitiseHtml } from '../lib/safe-html';

/**
 * HTML the API has sanitised (rules of procedure), shown as formatted text after a second,
 * client-side pass through the same safelist. Text without tags keeps its line breaks.
 */
export function RichText({ html }: { html: string }) {
  const safe = useMemo(() => sanitiseHtml(html), [html]);
  return (
    <Typography
      maw="48rem"
      style={looksLikeHtml(html) ? undefined : { whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
      dangerouslySetInnerHTML={{ __html: safe }}
    />
  );
}
