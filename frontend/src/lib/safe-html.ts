/*
 * The subset of HTML the API keeps in rules of procedure (jsoup's "basic" safelist plus h2–h4). The
 * API sanitises on the way in; this second pass on the way out keeps the page safe from anything
 * that reached the database another way.
 */
const ALLOWED_TAGS = new Set([
  'a',
  'b',
  'blockquote',
  'br',
  'cite',
  'code',
  'dd',
  'dl',
  'dt',
  'em',
  'h2',
  'h3',
  'h4',
  'i',
  'li',
  'ol',
  'p',
  'pre',
  'q',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'u',
  'ul',
]);

/** Elements whose content is code or data rather than text: dropped whole. */
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'textarea',
  'select',
]);

const URL_ATTRIBUTES: Record<string, string[]> = { a: ['href'], blockquote: ['cite'], q: ['cite'] };
const SAFE_URL = /^(https?:|mailto:)/i;

function clean(parent: ParentNode): void {
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (node.nodeType !== Node.ELEMENT_NODE) {
      node.parentNode?.removeChild(node);
      continue;
    }
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) {
      if (DROPPED_WITH_CONTENT.has(tag)) {
        element.remove();
      } else {
        clean(element);
        element.replaceWith(...Array.from(element.childNodes));
      }
      continue;
    }
    const allowed = URL_ATTRIBUTES[tag] ?? [];
    for (const attribute of Array.from(element.attributes)) {
      if (!allowed.includes(attribute.name) || !SAFE_URL.test(attribute.value.trim())) {
        element.removeAttribute(attribute.name);
      }
    }
    if (tag === 'a') element.setAttribute('rel', 'nofollow noopener noreferrer');
    clean(element);
  }
}

/**
 * `html` with only safe formatting kept: allowed tags, links to http(s) and mailto, no scripts,
 * styles, event handlers or images. Parsed in an inert template, so nothing in it runs or loads.
 */
export function sanitiseHtml(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  clean(template.content);
  return template.innerHTML;
}

/** Whether `text` holds HTML tags, rather than plain text with line breaks. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][^>]*>/i.test(text);
}
