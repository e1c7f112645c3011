import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { logout } from '../lib/auth';
import { LANGUAGE_STORAGE_KEY } from '../lib/i18n';
import { fakeApi, problem } from '../test/fake-api';
import { HERLEV_NAME, me, page, summary } from '../test/fixtures';
import { renderRoute } from '../test/render';

function stubApi() {
  return fakeApi({
    'GET /api/v1/me': me(),
    'GET /api/v1/partnerships': page([summary()]),
  });
}

describe('AppLayout', () => {
  it('redirects / to /partnerskaber', async () => {
    stubApi();

    const { router } = renderRoute('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mine partnerskaber' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/partnerskaber');
  });

  it('has a banner with the product, the user and their organisation, a menu and a main region', async () => {
    stubApi();

    renderRoute('/partnerskaber');

    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Partnerskabsportalen' })).toBeVisible();
    expect(await within(banner).findByText('Hanne Herlev')).toBeInTheDocument();
    expect(within(banner).getByText('Herlev Kommune')).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Log ud' })).toBeVisible();
    // Mantine's visibleFrom/hiddenFrom classes would hide the user on narrow screens.
    for (
      let element: HTMLElement | null = screen.getByTestId('user-summary');
      element && element !== banner;
      element = element.parentElement
    ) {
      expect(element.className).not.toMatch(/mantine-(visible|hidden)-from/);
    }

    const navigation = screen.getByRole('navigation', { name: 'Hovedmenu' });
    expect(within(navigation).getByRole('link', { name: 'Mine partnerskaber' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(navigation).getByRole('link', { name: 'Organisationer' })).toHaveAttribute(
      'href',
      '/organisationer',
    );

    const skipLink = screen.getByRole('link', { name: 'Gå til indhold' });
    expect(skipLink).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
  });

  it('opens the organisations from the menu and marks it as the current page', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': page([summary()]),
      'GET /api/v1/organisations': { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 },
    });
    const { user, router } = renderRoute('/partnerskaber');

    const navigation = screen.getByRole('navigation', { name: 'Hovedmenu' });
    await user.click(within(navigation).getByRole('link', { name: 'Organisationer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/organisationer');
    expect(within(navigation).getByRole('link', { name: 'Organisationer' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(
      within(navigation).getByRole('link', { name: 'Mine partnerskaber' }),
    ).not.toHaveAttribute('aria-current');
  });

  it('logs out through Keycloak', async () => {
    stubApi();
    const { user } = renderRoute('/partnerskaber');

    await user.click(screen.getByRole('button', { name: 'Log ud' }));

    expect(logout).toHaveBeenCalledTimes(1);
  });

  it('switches to English, remembers the choice and sets the page language', async () => {
    stubApi();
    const { user } = renderRoute('/partnerskaber');
    await screen.findByRole('link', { name: HERLEV_NAME });
    expect(document.documentElement.lang).toBe('da');
    expect(screen.getByRole('radio', { name: 'Dansk' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My partnerships' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeVisible();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('Your role: Chair')).toBeInTheDocument();
    expect(
      screen.getByText('Agreement period 1 January 2022 – 31 December 2027'),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    await waitFor(() => expect(document.title).toBe('My partnerships – Partnerskabsportalen'));

    await user.click(screen.getByRole('radio', { name: 'Dansk' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mine partnerskaber' }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('da');
  });

  it('keeps working when /me fails: the header just leaves the user out', async () => {
    fakeApi({
      'GET /api/v1/me': () => problem('internal', 500),
      'GET /api/v1/partnerships': page([summary()]),
    });

    renderRoute('/partnerskaber');

    expect(await screen.findByRole('link', { name: HERLEV_NAME })).toBeVisible();
    expect(screen.queryByTestId('user-summary')).not.toBeInTheDocument();
  });

  it('shows a not-found page for an unknown address', async () => {
    stubApi();

    renderRoute('/findes-ikke');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Siden findes ikke' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Gå til mine partnerskaber' })).toHaveAttribute(
      'href',
      '/partnerskaber',
    );
  });
});
