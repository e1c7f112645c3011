import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../test/fake-api';
import { HERLEV_ID, HERLEV_NAME, me, partnership } from '../../test/fixtures';
import { renderRoute } from '../../test/render';

const DETAIL_PATH = `/partnerskaber/${HERLEV_ID}`;

/**
 * jsdom lays nothing out: give every element a width of 10 px a letter, the partnership's menu a
 * line of `navWidth` and the heading one of `headingWidth`.
 */
function layOut({ navWidth, headingWidth }: { navWidth: number; headingWidth: number }) {
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function width(
    this: HTMLElement,
  ) {
    return (this.textContent ?? '').length * 10;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function width(
    this: HTMLElement,
  ) {
    if (this.tagName === 'NAV') return navWidth;
    if (this.tagName === 'H1') return headingWidth;
    return 0;
  });
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function width(
    this: HTMLElement,
  ) {
    return (this.textContent ?? '').length * 10;
  });
}

function partnershipMenu(): HTMLElement {
  return screen.getByRole('navigation', { name: 'Partnerskabet' });
}

describe('the partnership header', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows every tab and the name without a button when there is room', async () => {
    layOut({ navWidth: 2000, headingWidth: 2000 });
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership(),
    });

    renderRoute(DETAIL_PATH);

    // The first test of the file loads the lazy pages' code, which takes a while on a busy machine.
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: HERLEV_NAME },
      { timeout: 15_000 },
    );
    expect(heading).toHaveAttribute('title', HERLEV_NAME);
    expect(screen.queryByRole('button', { name: 'Vis hele navnet' })).not.toBeInTheDocument();
    expect(within(partnershipMenu()).getAllByRole('link')).toHaveLength(11);
    expect(within(partnershipMenu()).queryByRole('button')).not.toBeInTheDocument();
  });

  it('puts the tabs that do not fit in a "Mere" menu that works from the keyboard', async () => {
    // "Aftalen" (70), "Møder" (50), "Beslutninger" (120) and "Mere ▾" (60) with gaps of 0 in jsdom.
    layOut({ navWidth: 300, headingWidth: 2000 });
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership(),
    });
    const user = userEvent.setup();

    renderRoute(DETAIL_PATH);

    await screen.findByRole('heading', { level: 1, name: HERLEV_NAME });
    await waitFor(() =>
      expect(
        within(partnershipMenu())
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['Aftalen', 'Møder', 'Beslutninger']),
    );
    expect(within(partnershipMenu()).getByRole('link', { name: 'Aftalen' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const more = within(partnershipMenu()).getByRole('button', { name: 'Mere' });
    more.focus();
    await user.keyboard('{Enter}');
    // Mantine's dropdown is still in its opening transition for jsdom, hence hidden.
    const menu = await screen.findByRole('menu', { hidden: true });
    const items = within(menu).getAllByRole('menuitem', { hidden: true });
    expect(items.map((item) => item.textContent)).toEqual([
      'Arbejdsgrupper',
      'Overblik',
      'Mål',
      'Indikatorer',
      'Indsatser',
      'Forslag',
      'Medlemmer',
      'Historik',
    ]);
    expect(items[2]).toHaveAttribute('href', `${DETAIL_PATH}/maal`);
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('menu', { hidden: true })).not.toBeInTheDocument(),
    );
    expect(more).toHaveFocus();
  });

  it('names the current page on the "Mere" button when it is in the menu', async () => {
    layOut({ navWidth: 300, headingWidth: 2000 });
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership(),
    });

    renderRoute(`${DETAIL_PATH}/historik`);

    expect(
      await within(await screen.findByRole('navigation', { name: 'Partnerskabet' })).findByRole(
        'button',
        { name: 'Mere, aktuel side: Historik' },
      ),
    ).toBeVisible();
  });

  it('cuts a long name to one line and shows all of it on request', async () => {
    layOut({ navWidth: 2000, headingWidth: 200 });
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership(),
    });
    const user = userEvent.setup();

    renderRoute(DETAIL_PATH);

    const heading = await screen.findByRole('heading', { level: 1, name: HERLEV_NAME });
    expect(heading).toHaveAttribute('title', HERLEV_NAME);
    const expand = await screen.findByRole('button', { name: 'Vis hele navnet' });
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    expect(expand).toHaveAttribute('aria-controls', heading.id);
    await user.click(expand);
    const collapse = screen.getByRole('button', { name: 'Vis navnet på én linje' });
    expect(collapse).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Vis hele navnet' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
