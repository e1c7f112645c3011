import { describe, expect, it } from 'vitest';
import {
  fromEditorHtml,
  normaliseHref,
  toEditorHtml,
  toPlainText,
  wordListsToHtmlLists,
} from './rich-text';
import { sanitiseHtml } from './safe-html';

describe('toEditorHtml', () => {
  it('makes each line of plain text a paragraph, escaping what looks like markup', () => {
    expect(toEditorHtml('Mødes kvartalsvis.\n\nFormanden & sekretariatet < 5')).toBe(
      '<p>Mødes kvartalsvis.</p><p>Formanden &amp; sekretariatet &lt; 5</p>',
    );
  });

  it('leaves HTML as it is, and no text as none', () => {
    expect(toEditorHtml('<p>Mindst <strong>fire</strong></p>')).toBe(
      '<p>Mindst <strong>fire</strong></p>',
    );
    expect(toEditorHtml('')).toBe('');
  });
});

describe('fromEditorHtml', () => {
  it('gives no text for an empty editor and a scheme to bare link addresses', () => {
    expect(fromEditorHtml('<p></p>', true)).toBe('');
    expect(fromEditorHtml('<p><a href="politi.dk">Politiet</a></p>', false)).toBe(
      '<p><a href="https://politi.dk">Politiet</a></p>',
    );
  });
});

describe('normaliseHref', () => {
  it('keeps a scheme, and adds https or mailto where there is none', () => {
    expect(normaliseHref('https://politi.dk')).toBe('https://politi.dk');
    expect(normaliseHref('mailto:a@b.dk')).toBe('mailto:a@b.dk');
    expect(normaliseHref(' www.herlev.dk/tryg ')).toBe('https://www.herlev.dk/tryg');
    expect(normaliseHref('sekretariat@herlev.dk')).toBe('mailto:sekretariat@herlev.dk');
  });
});

describe('toPlainText', () => {
  it('puts each paragraph, heading and list item on its own line', () => {
    expect(
      toPlainText(
        '<h2>Status</h2><p>Mødet <strong>blev</strong> holdt.</p><ul><li><p>a</p></li><li>b</li></ul>',
      ),
    ).toBe('Status\nMødet blev holdt.\na\nb');
    expect(toPlainText('Allerede\nren tekst')).toBe('Allerede\nren tekst');
  });
});

describe('wordListsToHtmlLists', () => {
  const item = (level: number, marker: string, text: string) =>
    `<p class=MsoListParagraph style='margin-left:36pt;mso-list:l0 level${level} lfo1'>` +
    `<![if !supportLists]><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt'>&nbsp;&nbsp; </span></span><![endif]>` +
    `${text}<o:p></o:p></p>\n`;

  it('turns numbered and nested Word list paragraphs into lists', () => {
    const html =
      '<p class=MsoNormal>Før</p>\n' +
      item(1, '1.', 'Første') +
      item(2, 'o', 'Under') +
      item(1, '2.', 'Anden') +
      '<p class=MsoNormal>Efter</p>';

    const lists = sanitiseHtml(wordListsToHtmlLists(html)).replace(/\s*\n\s*/g, '');

    expect(lists).toBe(
      '<p>Før</p><ol><li>Første<ul><li>Under</li></ul></li><li>Anden</li></ol><p>Efter</p>',
    );
  });

  it('starts a new list after a paragraph in between', () => {
    const html = item(1, '·', 'a') + '<p class=MsoNormal>Mellem</p>' + item(1, '·', 'b');
    expect(sanitiseHtml(wordListsToHtmlLists(html)).replace(/\s*\n\s*/g, '')).toBe(
      '<ul><li>a</li></ul><p>Mellem</p><ul><li>b</li></ul>',
    );
  });

  it('leaves HTML without Word lists alone', () => {
    expect(wordListsToHtmlLists('<ul><li>a</li></ul>')).toBe('<ul><li>a</li></ul>');
  });
});
