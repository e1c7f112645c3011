import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OrganisationView } from '../../api/types';
import i18n from '../../lib/i18n';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_NAME, me, ORG, page, summary } from '../../test/fixtures';
import { renderRoute } from '../../test/render';

const FURESOE = summary({
  id: '11111111-2222-4333-8444-555555555555',
  name: 'Trygt Furesø',
  status: 'UNDER_EVALUATION',
  myRole: 'OBSERVER',
  currentTerm: null,
  partyNames: ['Furesø Kommune'],
});

const FURESOE_KOMMUNE: OrganisationView = {
  id: 'a0000000-0000-4000-8000-000000000007',
  name: 'Furesø Kommune',
  kind: 'KOMMUNE',
  cvr: null,
  active: true,
  version: 0,
};
const CLOSED_DOWN: OrganisationView = {
  id: 'a0000000-0000-4000-8000-000000000008',
  name: 'Nedlagt Forening',
  kind: 'FORENING',
  active: false,
  cvr: null,
  version: 1,
};
const ORGANISATIONS: OrganisationView[] = [
  { ...ORG.ballerup, active: true, version: 0 },
  FURESOE_KOMMUNE,
  { ...ORG.herlev, active: true, version: 0 },
  { ...ORG.politi, active: true, version: 0 },
  CLOSED_DOWN,
];

/** Answers the list of partnerships as the API does: only those the organisation is a party to. */
function partnershipsByOrganisation(_request: Request, url: URL) {
  const organisation = url.searchParams.get('organisation');
  if (organisation === null) return json(page([summary(), FURESOE]));
  return json(page(organisation === FURESOE_KOMMUNE.id ? [FURESOE] : []));
}

function stubFilteredList() {
  return fakeApi({
    'GET /api/v1/me': me(),
    'GET /api/v1/partnerships': partnershipsByOrganisation,
    'GET /api/v1/organisations': () =>
      json({ items: ORGANISATIONS, page: 0, size: 100, totalItems: 5, totalPages: 1 }),
  });
}

function lastListQuery(requests: Request[]): URLSearchParams {
  const lists = requests.filter((request) =>
    new URL(request.url).pathname.endsWith('/partnerships'),
  );
  return new URL(lists.at(-1)!.url).searchParams;
}

function organisationFilter(): HTMLElement {
  return within(screen.getByRole('search', { name: 'Find partnerskaber' })).getByRole('combobox', {
    name: 'Organisation',
  });
}

/**
 * Chooses an organisation in the filter by typing its name and picking the first match with the
 * keyboard. jsdom lays nothing out, so the dropdown counts as detached and stays hidden.
 */
async function chooseOrganisation(user: UserEvent, name: string) {
  const filter = organisationFilter();
  await user.click(filter);
  await user.clear(filter);
  await user.type(filter, name);
  await user.keyboard('{ArrowDown}{Enter}');
}

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

  describe('the filter by organisation', () => {
    it('shows only the partnerships of the organisation chosen, and keeps it in the address', async () => {
      const { requests } = stubFilteredList();
      const { user, router } = renderRoute('/partnerskaber');

      expect(await screen.findByText('2 partnerskaber')).toBeVisible();
      const filter = organisationFilter();
      await waitFor(() => expect(filter).toHaveValue('Alle organisationer'));
      expect(filter).toHaveAccessibleDescription(
        'Vis kun de partnerskaber, hvor organisationen er part.',
      );

      await chooseOrganisation(user, 'furesø');

      expect(await screen.findByText('1 partnerskab')).toBeVisible();
      expect(screen.getByRole('link', { name: 'Trygt Furesø' })).toBeVisible();
      expect(screen.queryByRole('link', { name: HERLEV_NAME })).not.toBeInTheDocument();
      expect(router.state.location.search).toBe(`?organisation=${FURESOE_KOMMUNE.id}`);
      expect(lastListQuery(requests).get('organisation')).toBe(FURESOE_KOMMUNE.id);
      expect(lastListQuery(requests).get('page')).toBe('0');
      expect(organisationFilter()).toHaveValue('Furesø Kommune');
    });

    it('offers every organisation, deactivated ones marked, with all organisations first', async () => {
      const { requests } = stubFilteredList();
      const { user } = renderRoute('/partnerskaber');

      await screen.findByText('2 partnerskaber');
      await waitFor(() => expect(organisationFilter()).toHaveValue('Alle organisationer'));
      await user.click(organisationFilter());

      const options = await screen.findAllByRole('option', { hidden: true });
      expect(options.map((option) => option.textContent)).toEqual([
        'Alle organisationer',
        'Ballerup Kommune',
        'Furesø Kommune',
        'Herlev Kommune',
        'Københavns Vestegns Politi',
        'Nedlagt Forening (deaktiveret)',
      ]);
      const organisations = requests.find((request) => request.url.includes('/organisations'));
      expect(new URL(organisations!.url).searchParams.has('active')).toBe(false);
    });

    it('starts from the organisation in the address and goes back to all of them', async () => {
      const { requests } = stubFilteredList();
      const { user, router } = renderRoute(
        `/partnerskaber?organisation=${FURESOE_KOMMUNE.id}&side=1`,
      );

      expect(await screen.findByRole('link', { name: 'Trygt Furesø' })).toBeVisible();
      await waitFor(() => expect(organisationFilter()).toHaveValue('Furesø Kommune'));

      await chooseOrganisation(user, 'Alle organisationer');

      expect(await screen.findByText('2 partnerskaber')).toBeVisible();
      expect(router.state.location.search).toBe('');
      expect(lastListQuery(requests).has('organisation')).toBe(false);
    });

    it('goes back to the first page when the organisation changes', async () => {
      const { requests } = stubFilteredList();
      const { user, router } = renderRoute('/partnerskaber?side=2');

      await screen.findByText('2 partnerskaber');
      expect(lastListQuery(requests).get('page')).toBe('1');
      await waitFor(() => expect(organisationFilter()).toHaveValue('Alle organisationer'));
      await chooseOrganisation(user, 'Furesø Kommune');

      expect(await screen.findByRole('link', { name: 'Trygt Furesø' })).toBeVisible();
      expect(router.state.location.search).toBe(`?organisation=${FURESOE_KOMMUNE.id}`);
      expect(lastListQuery(requests).get('page')).toBe('0');
    });

    it('says when no partnership has the organisation as a party, and clears the filter', async () => {
      stubFilteredList();
      const { user, router } = renderRoute(`/partnerskaber?organisation=${CLOSED_DOWN.id}`);

      expect(await screen.findByRole('heading', { name: 'Ingen partnerskaber' })).toBeVisible();
      expect(screen.getByText('Ingen partnerskaber passer til filteret.')).toBeVisible();
      await waitFor(() =>
        expect(organisationFilter()).toHaveValue('Nedlagt Forening (deaktiveret)'),
      );

      await user.click(screen.getByRole('button', { name: 'Nulstil filtre' }));

      expect(await screen.findByText('2 partnerskaber')).toBeVisible();
      expect(router.state.location.search).toBe('');
      expect(organisationFilter()).toHaveValue('Alle organisationer');
    });

    it('ignores an organisation in the address that is not an id', async () => {
      const { requests } = stubFilteredList();

      renderRoute('/partnerskaber?organisation=herlev');

      expect(await screen.findByText('2 partnerskaber')).toBeVisible();
      expect(lastListQuery(requests).has('organisation')).toBe(false);
    });

    it('still lists the partnerships when the organisations cannot be read', async () => {
      fakeApi({
        'GET /api/v1/me': me(),
        'GET /api/v1/partnerships': page([summary()]),
        'GET /api/v1/organisations': () => problem('internal', 500),
      });

      renderRoute('/partnerskaber');

      expect(await screen.findByRole('link', { name: HERLEV_NAME })).toBeVisible();
      await waitFor(() =>
        expect(organisationFilter()).toHaveAccessibleDescription(
          expect.stringContaining(
            'Organisationerne kunne ikke hentes. Genindlæs siden for at prøve igen.',
          ),
        ),
      );
    });
  });
});
