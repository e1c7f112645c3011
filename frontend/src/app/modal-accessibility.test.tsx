import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ConfirmModal } from '../components/confirm-modal';
import { renderWithProviders } from '../test/render';

/** The violations axe finds on the whole document, as "rule (impact): targets". */
async function violations(): Promise<string[]> {
  const results = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] },
    resultTypes: ['violations'],
    // jsdom lays nothing out, so colours and sizes cannot be judged here; the browser suite does.
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
  });
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

describe('an open modal', () => {
  it('adds no landmark of its own to the page and is a named dialog', async () => {
    document.title = 'Møder – Partnerskabsportalen';
    // The page's own landmarks, as the app layout has them.
    renderWithProviders(
      <>
        <header>Partnerskabsportalen</header>
        <main>
          <h1>Møder</h1>
        </main>
        <footer>Tilgængelighedserklæring</footer>
        <ConfirmModal
          opened
          onClose={() => undefined}
          title="Slet mødet"
          confirmLabel="Slet"
          onConfirm={() => undefined}
        >
          <p>Mødet slettes og kan ikke gendannes.</p>
        </ConfirmModal>
      </>,
    );

    expect(await screen.findByRole('dialog', { name: 'Slet mødet' })).toBeInTheDocument();
    expect(screen.getAllByRole('banner')).toHaveLength(1);
    expect(await violations()).toEqual([]);
  });
});
