import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../lib/i18n';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_NAME, me, page, summary } from '../../test/fixtures';
import { renderRoute } from '../../test/render';

const FURESOE = summary({
  id: '11111111-2222-4333-8444-555555555555',
  name: 'Trygt Furesø',
  status: 'UNDER_EVALUATION',
  myRole: 'OBSERVER',
  currentTerm: null,
  partyNames: ['Furesø Kommune'],
});

describe('PartnershipListPage', () => {
  it('lists my partnerships with Danish status, role, agreement period and parties', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': page([summary(), FURESOE]),
    });

    renderRoute('/partnerskaber');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mine partnerskaber' }),
    ).toBeVisible();
    const link = await screen.findByRole('link', { name: HERLEV_NAME });
    expect(link).toHaveAttribute('href', expect.stringMatching(/^\/partnerskaber\/[0-9a-f-]+$/));

    const list = screen.getByRole('list', { name: 'Partnerskaber' });
    const [herlev, furesoe] = within(list).getAllByRole('listitem');
    expect(within(herlev).getByText('Aktiv')).toBeInTheDocument();
    expect(within(herlev).getByText('Din rolle: Formand')).toBeInTheDocument();
    expect(
      within(herlev).getByText('Aftaleperiode 1. januar 2022 – 31. december 2027'),
    ).toBeInTheDocument();
    expect(
      within(herlev).getByText(
        'Parter: Københavns Vestegns Politi, Herlev Kommune, Ballerup Kommune',
      ),
    ).toBeInTheDocument();

    expect(within(furesoe).getByText('Under evaluering')).toBeInTheDocument();
    expect(within(furesoe).getByText('Din rolle: Observatør')).toBeInTheDocument();
    expect(within(furesoe).queryByText(/Aftaleperiode/)).not.toBeInTheDocument();

    expect(screen.getByText('2 partnerskaber')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Sider' })).not.toBeInTheDocument();
    expect(document.title).toBe('Mine partnerskaber – Partnerskabsportalen');
  });

  it.each(['admin', 'integration'])(
    'calls the list "Alle partnerskaber" for a user with the %s role and shows no role',
    async (role) => {
      fakeApi({
        'GET /api/v1/me': me({ roles: [role], memberships: [] }),
        'GET /api/v1/partnerships': page([summary({ myRole: null, status: 'DRAFT' })]),
      });

      renderRoute('/partnerskaber');

      expect(
        await screen.findByRole('heading', { level: 1, name: 'Alle partnerskaber' }),
      ).toBeVisible();
      expect(screen.queryByRole('heading', { name: 'Mine partnerskaber' })).not.toBeInTheDocument();
      const navigation = screen.getByRole('navigation', { name: 'Hovedmenu' });
      expect(within(navigation).getByRole('link', { name: 'Alle partnerskaber' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      expect(document.title).toBe('Alle partnerskaber – Partnerskabsportalen');
      await screen.findByRole('link', { name: HERLEV_NAME });
      expect(screen.getByText('Kladde')).toBeInTheDocument();
      expect(screen.queryByText(/Din rolle/)).not.toBeInTheDocument();
    },
  );

  it('calls the list "All partnerships" in English for an administrator', async () => {
    fakeApi({
      'GET /api/v1/me': me({ roles: ['user', 'admin'], memberships: [] }),
      'GET /api/v1/partnerships': page([summary({ myRole: null })]),
    });
    await i18n.changeLanguage('en');

    renderRoute('/partnerskaber');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'All partnerships' }),
    ).toBeVisible();
    const navigation = screen.getByRole('navigation', { name: 'Main menu' });
    expect(within(navigation).getByRole('link', { name: 'All partnerships' })).toBeVisible();
  });

  it('keeps "Mine partnerskaber" when /me cannot be read', async () => {
    fakeApi({
      'GET /api/v1/me': () => problem('internal', 500),
      'GET /api/v1/partnerships': page([summary()]),
    });

    renderRoute('/partnerskaber');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mine partnerskaber' }),
    ).toBeVisible();
    expect(await screen.findByRole('link', { name: HERLEV_NAME })).toBeVisible();
  });

  it('asks the API for the first page of 20 sorted by name', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': page([summary()]),
    });

    renderRoute('/partnerskaber');
    await screen.findByRole('link', { name: HERLEV_NAME });

    const listRequest = requests.find((request) => request.url.includes('/partnerships'));
    const query = new URL(listRequest!.url).searchParams;
    expect(query.get('page')).toBe('0');
    expect(query.get('size')).toBe('20');
    expect(query.get('sort')).toBe('name');
  });

  it('shows the empty state when the user has no partnerships', async () => {
    fakeApi({ 'GET /api/v1/me': me({ memberships: [] }), 'GET /api/v1/partnerships': page([]) });

    renderRoute('/partnerskaber');

    expect(await screen.findByRole('heading', { name: 'Ingen partnerskaber' })).toBeVisible();
    expect(
      screen.getByText(/Du er ikke medlem af nogen partnerskaber endnu\. Kontakt sekretariatet/),
    ).toBeInTheDocument();
  });

  it('tells a user who sees all partnerships that none have been created yet', async () => {
    fakeApi({
      'GET /api/v1/me': me({ roles: ['admin'], memberships: [] }),
      'GET /api/v1/partnerships': page([]),
    });

    renderRoute('/partnerskaber');

    expect(await screen.findByRole('heading', { name: 'Ingen partnerskaber' })).toBeVisible();
    expect(screen.getByText('Der er ikke oprettet nogen partnerskaber endnu.')).toBeInTheDocument();
  });

  it('names a rejected query parameter in Danish rather than showing the server text', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': () =>
        problem('validation-failed', 400, {
          violations: [{ field: 'size', in: 'query', message: 'must be between 1 and 100' }],
        }),
    });

    renderRoute('/partnerskaber');

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('Nogle af oplysningerne er ikke gyldige. Ret dem, og prøv igen.'),
    ).toBeInTheDocument();
    expect(within(alert).getByText('Værdien i feltet »size« er ugyldig.')).toBeInTheDocument();
    expect(alert).not.toHaveTextContent('must be between');
  });

  it('says what went wrong in Danish and lets the user try again', async () => {
    let calls = 0;
    fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': () =>
        ++calls === 1 ? problem('forbidden', 403) : json(page([summary()])),
    });

    const { user } = renderRoute('/partnerskaber');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Noget gik galt')).toBeInTheDocument();
    expect(
      within(alert).getByText(
        'Du har ikke adgang til dette. Kontakt sekretariatet, hvis du mener, at du burde have adgang.',
      ),
    ).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));

    expect(await screen.findByRole('link', { name: HERLEV_NAME })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a loading state with an accessible label', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': () => new Promise<Response>(() => undefined),
    });

    renderRoute('/partnerskaber');

    expect(await screen.findByRole('status')).toHaveTextContent('Indlæser partnerskaber …');
  });

  it('pages through more than one page of partnerships', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': (_request, url) => {
        const current = Number(url.searchParams.get('page'));
        return json(
          page([summary({ name: `Partnerskab side ${current + 1}` })], {
            page: current,
            totalItems: 45,
            totalPages: 3,
          }),
        );
      },
    });

    const { user, router } = renderRoute('/partnerskaber');

    const pagination = await screen.findByRole('navigation', { name: 'Sider' });
    expect(screen.getByText('45 partnerskaber')).toBeInTheDocument();
    expect(within(pagination).getByRole('button', { name: 'Side 1' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(within(pagination).getByRole('button', { name: 'Side 2' }));

    expect(await screen.findByRole('link', { name: 'Partnerskab side 2' })).toBeVisible();
    expect(router.state.location.search).toBe('?side=2');
    const lastList = requests.filter((request) => request.url.includes('/partnerships')).at(-1);
    expect(new URL(lastList!.url).searchParams.get('page')).toBe('1');
    expect(within(pagination).getByRole('button', { name: 'Næste side' })).toBeEnabled();
  });
});
