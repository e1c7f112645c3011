import { looksLikeHtml } from './safe-html';

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The stored value as HTML for the editor. Values written before the editor are plain text with
 * line breaks: each line becomes a paragraph, so nothing runs together and no tags show.
 */
export function toEditorHtml(value: string): string {
  if (looksLikeHtml(value)) return value;
  return value
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeText(line)}</p>`)
    .join('');
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;

/**
 * A link address as the server keeps it: people write »politi.dk« or an e-mail address, and an
 * address without http(s) or mailto would lose its link on the way through the sanitiser.
 */
export function normaliseHref(href: string): string {
  const trimmed = href.trim();
  if (trimmed === '' || SCHEME.test(trimmed)) return trimmed;
  if (EMAIL.test(trimmed)) return `mailto:${trimmed}`;
  return `https://${trimmed.replace(/^\/+/, '')}`;
}

/** The editor's HTML as the value to save: an empty editor is no text, links get a scheme. */
export function fromEditorHtml(html: string, empty: boolean): string {
  if (empty) return '';
  if (!html.includes('<a ')) return html;
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const link of Array.from(template.content.querySelectorAll('a[href]'))) {
    link.setAttribute('href', normaliseHref(link.getAttribute('href') ?? ''));
  }
  return template.innerHTML;
}

/** Formatted text as plain text, one line per paragraph or list item (for copying). */
export function toPlainText(value: string): string {
  if (!looksLikeHtml(value)) return value;
  const template = document.createElement('template');
  template.innerHTML = value.replace(/<br\s*\/?>/gi, '\n');
  const lines: string[] = [];
  const walk = (parent: ParentNode) => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      if (/^(P|LI|H[1-6])$/.test(element.tagName) && !element.querySelector('p, li')) {
        lines.push((element.textContent ?? '').trim());
      } else {
        walk(element);
      }
    }
  };
  walk(template.content);
  return lines.length > 0 ? lines.join('\n') : (template.content.textContent ?? '').trim();
}

const WORD_LIST_ITEM = /mso-list:\s*l\d+\s+level(\d+)/i;
const ORDERED_MARKER = /^\(?([0-9]+|[a-z]|[ivxlc]+)[.)]$/i;

/**
 * Word puts lists on the clipboard as paragraphs with a typed bullet or number in front
 * (`<p class=MsoListParagraph style="mso-list:l0 level1 lfo1">`), not as `<ul>`/`<ol>`. Runs of
 * such paragraphs become real lists here, nested by their level, so pasting keeps them.
 */
export function wordListsToHtmlLists(html: string): string {
  if (!/mso-list/i.test(html)) return html;
  const template = document.createElement('template');
  template.innerHTML = html;
  const paragraphs = Array.from(template.content.querySelectorAll('p')).filter((p) =>
    WORD_LIST_ITEM.test(p.getAttribute('style') ?? ''),
  );
  // Each paragraph joins the list of the paragraph just before it, if there is one.
  let stack: { level: number; list: HTMLElement }[] = [];
  let previous: Element | null = null;
  for (const paragraph of paragraphs) {
    const level = Number(WORD_LIST_ITEM.exec(paragraph.getAttribute('style') ?? '')?.[1] ?? 1);
    const markerElement = paragraph.querySelector('[style*="mso-list:Ignore" i]');
    const marker = (markerElement?.textContent ?? '').replace(/\s+/g, '');
    markerElement?.remove();
    const ordered = ORDERED_MARKER.test(marker);
    const item = document.createElement('li');
    item.append(...Array.from(paragraph.childNodes));

    if (previous === null || nextElement(previous) !== paragraph) stack = [];
    while (stack.length > 0 && stack[stack.length - 1].level > level) stack.pop();
    const top = stack[stack.length - 1];
    if (top && top.level === level) {
      top.list.append(item);
      paragraph.remove();
    } else {
      const list = document.createElement(ordered ? 'ol' : 'ul');
      list.append(item);
      const parentItem = top?.list.lastElementChild;
      if (parentItem) {
        parentItem.append(list);
        paragraph.remove();
      } else {
        paragraph.replaceWith(list);
      }
      stack.push({ level, list });
    }
    previous = stack[0].list;
  }
  return template.innerHTML;
}

/** The next sibling element, past whitespace and comments (Word leaves both between paragraphs). */
function nextElement(node: Element): Element | null {
  let next = node.nextSibling;
  while (next && next.nodeType !== Node.ELEMENT_NODE) next = next.nextSibling;
  return next as Element | null;
}
