import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../app/app';
import { initAuth } from '../../lib/auth';
import i18n from '../../lib/i18n';
import { fakeApi } from '../../test/fake-api';
import { me, page, summary } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { KNOWN_ISSUES, STATEMENT_CONTACT } from './statement';

describe('the accessibility statement', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it("has the sections of Digitaliseringsstyrelsen's template, in Danish", async () => {
    fakeApi({ 'GET /api/v1/me': me() });

    renderRoute('/tilgaengelighed');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' }),
    ).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Overholdelsesstatus',
      'Indhold, der ikke er tilgængeligt',
      'Udarbejdelse af denne tilgængelighedserklæring',
      'Feedback og kontaktoplysninger',
      'Håndhævelsesprocedure',
    ]);
    expect(screen.getByText(/delvist i overensstemmelse med WCAG 2.1 niveau AA/)).toBeVisible();
    expect(screen.getByText(/EN 301 549/)).toBeVisible();
    const issues = within(
      screen.getByRole('region', { name: 'Indhold, der ikke er tilgængeligt' }),
    ).getAllByRole('listitem');
    expect(issues).toHaveLength(KNOWN_ISSUES.length);
    expect(issues[0]).toHaveTextContent(KNOWN_ISSUES[0].da);
    expect(screen.getByText(/udarbejdet den 7. december 2026/)).toBeVisible();
    expect(screen.getByText(/automatisk med værktøjet axe/)).toBeVisible();
    expect(screen.getByRole('link', { name: STATEMENT_CONTACT.email })).toHaveAttribute(
      'href',
      expect.stringMatching(new RegExp(`^mailto:${STATEMENT_CONTACT.email}\\?subject=`)),
    );
    expect(
      screen.getByRole('link', { name: 'Sådan henvender du dig til Digitaliseringsstyrelsen' }),
    ).toHaveAttribute('href', expect.stringContaining('digst.dk'));
    await waitFor(() =>
      expect(document.title).toBe('Tilgængelighedserklæring – Partnerskabsportalen'),
    );
  });

  it('is in English too', async () => {
    fakeApi({ 'GET /api/v1/me': me() });
    await i18n.changeLanguage('en');

    renderRoute('/tilgaengelighed');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Enforcement procedure' })).toBeVisible();
    expect(screen.getByText(KNOWN_ISSUES[0].en, { exact: false })).toBeVisible();
  });

  it("is linked from every page's footer, and /was leads to it", async () => {
    fakeApi({ 'GET /api/v1/me': me(), 'GET /api/v1/partnerships': page([summary()]) });

    const { router, user } = renderRoute('/partnerskaber');

    const footer = await screen.findByRole('contentinfo');
    await user.click(within(footer).getByRole('link', { name: 'Tilgængelighedserklæring' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/tilgaengelighed');

    await router.navigate('/was');
    await waitFor(() => expect(router.state.location.pathname).toBe('/tilgaengelighed'));
  });

  it('is shown without signing in when opened at its address', async () => {
    vi.mocked(initAuth).mockClear();
    window.history.replaceState(null, '', '/tilgaengelighed');

    render(<App />);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' }),
    ).toBeVisible();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(initAuth).not.toHaveBeenCalled();
  });
});
