import { describe, expect, it } from 'vitest';
import { looksLikeHtml, sanitiseHtml } from './safe-html';

describe('sanitiseHtml', () => {
  it('keeps simple formatting', () => {
    const html =
      '<h2>Møder</h2><p>Mindst <strong>fire</strong> gange <em>årligt</em>.</p><ul><li>a</li></ul>';
    expect(sanitiseHtml(html)).toBe(html);
  });

  it('keeps everything the editor writes', () => {
    const html =
      '<h2>Møder</h2><h3>Sted</h3><p><strong>Fire</strong> gange <em>årligt</em><br>på rådhuset.</p>' +
      '<ul><li><p>a</p></li></ul><ol><li><p>b</p></li></ol><p><a href="https://politi.dk">Politiet</a></p>';
    expect(sanitiseHtml(html)).toBe(
      html.replace('href="https://politi.dk"', '$& rel="nofollow noopener noreferrer"'),
    );
  });

  it('drops scripts, styles, event handlers and images', () => {
    expect(
      sanitiseHtml(
        '<p onclick="alert(1)" style="color:red">Tekst</p><script>alert(2)</script><img src=x onerror=alert(3)><style>p{}</style>',
      ),
    ).toBe('<p>Tekst</p>');
  });

  it('keeps the text of elements it does not allow', () => {
    expect(sanitiseHtml('<div><font>Formandskabet</font> roterer</div>')).toBe(
      'Formandskabet roterer',
    );
  });

  it('keeps only http, https and mailto links, and marks them nofollow', () => {
    expect(sanitiseHtml('<a href="https://politi.dk" target="_blank">Politiet</a>')).toBe(
      '<a href="https://politi.dk" rel="nofollow noopener noreferrer">Politiet</a>',
    );
    expect(sanitiseHtml('<a href="javascript:alert(1)">Klik</a>')).toBe(
      '<a rel="nofollow noopener noreferrer">Klik</a>',
    );
  });

  it('drops comments', () => {
    expect(sanitiseHtml('<p>a<!-- b --></p>')).toBe('<p>a</p>');
  });
});

describe('looksLikeHtml', () => {
  it('tells markup from plain text', () => {
    expect(looksLikeHtml('<p>Tekst</p>')).toBe(true);
    expect(looksLikeHtml('Linje 1\nLinje 2 & 3 < 4')).toBe(false);
  });
});
