import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { sanitiseHtml } from '../lib/safe-html';
import { clipboard } from '../test/clipboard';
import { renderWithProviders } from '../test/render';
import { RichTextEditor } from './rich-text-editor';

/** The field as a form uses it: the form holds the value, the editor reports every change. */
function Harness({ initial = '', onChange }: { initial?: string; onChange?: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <RichTextEditor
        label="Baggrund"
        description="Skriv kort."
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange?.(next);
        }}
      />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('Nulstillet\nAnden linje')}>
        Nulstil
      </button>
    </>
  );
}

const value = () => screen.getByTestId('value').textContent;

async function field() {
  return screen.findByRole('textbox', { name: 'Baggrund' });
}

describe('RichTextEditor', () => {
  it('is a labelled, described text box with a toolbar of labelled controls', async () => {
    renderWithProviders(<Harness />);

    const editor = await field();
    expect(editor).toHaveAttribute('contenteditable', 'true');
    expect(editor).toHaveAccessibleDescription('Skriv kort.');
    const toolbar = screen.getByRole('toolbar', { name: 'Formatering' });
    expect(toolbar).toBeVisible();
    for (const name of [
      'Overskrift',
      'Underoverskrift',
      'Fed',
      'Kursiv',
      'Punktopstilling',
      'Nummereret liste',
      'Indsæt eller ret link',
      'Fjern link',
      'Fortryd',
      'Gentag',
    ]) {
      expect(screen.getByRole('button', { name })).toBeVisible();
    }
  });

  it('writes bold, italic and lists from the toolbar as HTML', async () => {
    const { user } = renderWithProviders(<Harness />);

    const editor = await field();
    await user.click(editor);
    await user.paste('Fire møder');
    await user.keyboard('{Control>}a{/Control}');
    await user.click(screen.getByRole('button', { name: 'Fed' }));
    await waitFor(() => expect(value()).toBe('<p><strong>Fire møder</strong></p>'));
    await user.click(screen.getByRole('button', { name: 'Kursiv' }));
    await waitFor(() => expect(value()).toBe('<p><strong><em>Fire møder</em></strong></p>'));

    await user.click(screen.getByRole('button', { name: 'Punktopstilling' }));
    await waitFor(() =>
      expect(value()).toBe('<ul><li><p><strong><em>Fire møder</em></strong></p></li></ul>'),
    );
    await user.click(screen.getByRole('button', { name: 'Nummereret liste' }));
    await waitFor(() => expect(value()).toMatch(/^<ol><li>/));
    await user.click(screen.getByRole('button', { name: 'Overskrift' }));
    await waitFor(() => expect(value()).toMatch(/<h2>/));
    expect(sanitiseHtml(value() ?? '')).toBe(value());
  });

  it('adds a link, with https in front of a bare address, and removes it again', async () => {
    const { user } = renderWithProviders(<Harness initial="<p>Politiet</p>" />);

    const editor = await field();
    await user.click(editor);
    await user.keyboard('{Control>}a{/Control}');
    await user.click(screen.getByRole('button', { name: 'Indsæt eller ret link' }));
    // jsdom lays nothing out, so the popover thinks its button has scrolled away and hides itself.
    const address = await screen.findByRole('textbox', { name: 'Linkadresse', hidden: true });
    await user.click(address);
    await user.paste('politi.dk');
    await user.click(screen.getByRole('button', { name: 'Gem link', hidden: true }));
    await waitFor(() => expect(value()).toBe('<p><a href="https://politi.dk">Politiet</a></p>'));
    expect(sanitiseHtml(value() ?? '')).toBe(
      '<p><a href="https://politi.dk" rel="nofollow noopener noreferrer">Politiet</a></p>',
    );

    await user.click(screen.getByRole('button', { name: 'Fjern link' }));
    await waitFor(() => expect(value()).toBe('<p>Politiet</p>'));
  });

  it('opens the link box of the editor in use with Ctrl+K, and no other', async () => {
    const { user } = renderWithProviders(
      <>
        <Harness />
        <RichTextEditor label="Referat" value="" onChange={() => undefined} />
      </>,
    );

    await user.click(await field());
    await user.keyboard('{Control>}k{/Control}');

    expect(
      await screen.findAllByRole('textbox', { name: 'Linkadresse', hidden: true }),
    ).toHaveLength(1);
  });

  it('shows plain text from before as paragraphs, without reporting a change', async () => {
    const onChange = vi.fn();
    renderWithProviders(
      <Harness initial={'Første linje\nAnden & sidste linje'} onChange={onChange} />,
    );

    const editor = await field();
    const paragraphs = Array.from(editor.querySelectorAll('p')).map((p) => p.textContent);
    expect(paragraphs).toEqual(['Første linje', 'Anden & sidste linje']);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('takes a value set from outside, and reports an emptied field as no text', async () => {
    const { user } = renderWithProviders(<Harness initial="<p>Gammel</p>" />);

    const editor = await field();
    await user.click(screen.getByRole('button', { name: 'Nulstil' }));
    await waitFor(() =>
      expect(Array.from(editor.querySelectorAll('p')).map((p) => p.textContent)).toEqual([
        'Nulstillet',
        'Anden linje',
      ]),
    );

    await user.click(editor);
    await user.keyboard('{Control>}a{/Control}{Backspace}');
    await waitFor(() => expect(value()).toBe(''));
  });

  it('keeps lists and emphasis pasted from Word', async () => {
    const { user } = renderWithProviders(<Harness />);

    const editor = await field();
    await user.click(editor);
    await user.paste(
      clipboard({ 'text/html': WORD_CLIPBOARD, 'text/plain': 'Mødet\n· Tryghed\n· Trafik' }),
    );

    await waitFor(() =>
      expect(value()).toBe(
        '<p><strong>Mødet</strong> blev <em>holdt</em>.</p>' +
          '<ul><li><p>Tryghed</p></li><li><p>Trafik</p></li></ul>',
      ),
    );
    expect(sanitiseHtml(value() ?? '')).toBe(value());
  });
});

/** What Word puts on the clipboard for a paragraph and a two-item bulleted list (abridged). */
const WORD_CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=DA>
<!--StartFragment-->
<p class=MsoNormal><b><span style='font-family:Calibri'>Mødet</span></b> blev <i>holdt</i>.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Tryghed<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Trafik<o:p></o:p></p>
<!--EndFragment-->
</body></html>`;
