import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrganisationPage, OrganisationView } from '../../api/types';
import { fakeApi, json, problem } from '../../test/fake-api';
import { me } from '../../test/fixtures';
import { renderRoute } from '../../test/render';

const LIST = '/api/v1/organisations';
const PATH = '/organisationer';

const POLITI: OrganisationView = {
  id: 'a0000000-0000-4000-8000-000000000001',
  name: 'Københavns Vestegns Politi',
  kind: 'POLITIKREDS',
  cvr: null,
  active: true,
  version: 0,
};
const HERLEV: OrganisationView = {
  id: 'a0000000-0000-4000-8000-000000000002',
  name: 'Herlev Kommune',
  kind: 'KOMMUNE',
  cvr: '63640719',
  active: true,
  version: 2,
};
const BOLIG: OrganisationView = {
  id: 'a0000000-0000-4000-8000-000000000004',
  name: 'Boligselskabet Kildehaven',
  kind: 'BOLIGORGANISATION',
  cvr: null,
  active: false,
  version: 5,
};

const ADMIN = me({ roles: ['user', 'admin'], memberships: [] });

function orgPage(items: OrganisationView[], overrides: Partial<OrganisationPage> = {}) {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  } satisfies OrganisationPage;
}

/** Answers the list the way the API does: by name, filtered by `q`, `kind` and `active`. */
function listOf(organisations: () => OrganisationView[]) {
  return (_request: Request, url: URL) => {
    const q = url.searchParams.get('q')?.toLowerCase();
    const kind = url.searchParams.get('kind');
    const active = url.searchParams.get('active');
    const items = organisations()
      .filter((o) => !q || o.name.toLowerCase().includes(q))
      .filter((o) => !kind || o.kind === kind)
      .filter((o) => active === null || String(o.active) === active)
      .sort((a, b) => a.name.localeCompare(b.name, 'da'));
    return json(orgPage(items));
  };
}

function listRequests(requests: Request[]): URLSearchParams[] {
  return requests
    .filter((request) => request.method === 'GET' && new URL(request.url).pathname === LIST)
    .map((request) => new URL(request.url).searchParams);
}

/** The names in the table, without the "Deaktiveret" badge that follows a name. */
function rowNames(): string[] {
  const table = screen.getByRole('table', { name: 'Organisationer efter navn' });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.querySelector('span')?.textContent ?? '');
}

describe('OrganisationListPage', () => {
  it('lists active organisations by name, read only for a user who is not an admin', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${LIST}`]: listOf(() => [POLITI, HERLEV, BOLIG]),
    });

    renderRoute(PATH);

    expect(await screen.findByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Organisationer efter navn' });
    expect(rowNames()).toEqual(['Herlev Kommune', 'Københavns Vestegns Politi']);
    const [, herlev, politi] = within(table).getAllByRole('row');
    expect(within(herlev).getByRole('cell', { name: 'Kommune' })).toBeInTheDocument();
    expect(within(herlev).getByRole('cell', { name: '63640719' })).toBeInTheDocument();
    expect(within(politi).getByRole('cell', { name: 'Politikreds' })).toBeInTheDocument();
    expect(within(politi).getByText('Ikke registreret')).toBeInTheDocument();
    expect(screen.getByText('2 organisationer')).toBeInTheDocument();
    expect(document.title).toBe('Organisationer – Partnerskabsportalen');

    const [query] = listRequests(requests);
    expect(Object.fromEntries(query)).toEqual({
      page: '0',
      size: '20',
      sort: 'name',
      active: 'true',
    });
  });

  it('shows no create, edit or deactivate controls to a user who is not an admin', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${LIST}`]: orgPage([HERLEV, BOLIG]),
    });

    renderRoute(`${PATH}?deaktiverede=vis`);

    await screen.findByRole('table', { name: 'Organisationer efter navn' });
    expect(screen.queryByRole('button', { name: 'Opret organisation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Rediger/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Deaktiver|Genaktiver/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Handlinger' })).not.toBeInTheDocument();
  });

  it('filters by name, kind and deactivated, keeping the filters in the address and when paging', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${LIST}`]: (request, url) => {
        // Enough kommuner for two pages, so paging can be seen to keep the filters.
        if (url.searchParams.get('kind') === 'KOMMUNE' && url.searchParams.get('q') === null) {
          const current = Number(url.searchParams.get('page'));
          return json(
            orgPage([{ ...HERLEV, name: `Kommune på side ${current + 1}` }], {
              page: current,
              totalItems: 21,
              totalPages: 2,
            }),
          );
        }
        return listOf(() => [POLITI, HERLEV, BOLIG])(request, url);
      },
    });
    const { user, router } = renderRoute(PATH);
    await screen.findByRole('table', { name: 'Organisationer efter navn' });

    const search = screen.getByRole('search', { name: 'Find organisationer' });
    await user.type(within(search).getByRole('searchbox', { name: 'Søg efter navn' }), 'herlev');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(rowNames()).toEqual(['Herlev Kommune']));
    expect(router.state.location.search).toBe('?soeg=herlev');
    expect(listRequests(requests).at(-1)?.get('q')).toBe('herlev');

    await user.clear(within(search).getByRole('searchbox', { name: 'Søg efter navn' }));
    await user.click(within(search).getByRole('button', { name: 'Søg' }));
    await user.selectOptions(within(search).getByRole('combobox', { name: 'Type' }), 'Kommune');

    expect(await screen.findByRole('rowheader', { name: 'Kommune på side 1' })).toBeVisible();
    expect(router.state.location.search).toBe('?type=KOMMUNE');
    await user.click(
      within(screen.getByRole('navigation', { name: 'Sider' })).getByRole('button', {
        name: 'Side 2',
      }),
    );
    expect(await screen.findByRole('rowheader', { name: 'Kommune på side 2' })).toBeVisible();
    expect(router.state.location.search).toBe('?type=KOMMUNE&side=2');
    expect(Object.fromEntries(listRequests(requests).at(-1)!)).toMatchObject({
      kind: 'KOMMUNE',
      page: '1',
    });

    await user.selectOptions(within(search).getByRole('combobox', { name: 'Type' }), 'Alle typer');
    await user.click(within(search).getByRole('switch', { name: 'Vis deaktiverede' }));

    await waitFor(() =>
      expect(rowNames()).toEqual([
        'Boligselskabet Kildehaven',
        'Herlev Kommune',
        'Københavns Vestegns Politi',
      ]),
    );
    expect(router.state.location.search).toBe('?deaktiverede=vis');
    expect(listRequests(requests).at(-1)?.has('active')).toBe(false);
    const bolig = screen.getByRole('rowheader', { name: /Boligselskabet Kildehaven/ });
    expect(within(bolig).getByText('Deaktiveret')).toBeVisible();
  });

  it('follows the address when the user goes back to an earlier search', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${LIST}`]: listOf(() => [POLITI, HERLEV]),
    });
    const { user, router } = renderRoute(`${PATH}?soeg=herlev`);

    const field = await screen.findByRole('searchbox', { name: 'Søg efter navn' });
    expect(field).toHaveValue('herlev');
    await waitFor(() => expect(rowNames()).toEqual(['Herlev Kommune']));
    await user.clear(field);
    await user.type(field, 'politi{Enter}');
    await waitFor(() => expect(rowNames()).toEqual(['Københavns Vestegns Politi']));

    await router.navigate(-1);

    await waitFor(() => expect(rowNames()).toEqual(['Herlev Kommune']));
    expect(screen.getByRole('searchbox', { name: 'Søg efter navn' })).toHaveValue('herlev');
  });

  it('says when nothing matches the filters and clears them', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${LIST}`]: listOf(() => [POLITI, HERLEV]),
    });
    const { user, router } = renderRoute(`${PATH}?soeg=furesø`);

    expect(await screen.findByRole('heading', { name: 'Ingen organisationer' })).toBeVisible();
    expect(screen.getByText('Ingen organisationer passer til søgningen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nulstil filtre' }));

    await waitFor(() =>
      expect(rowNames()).toEqual(['Herlev Kommune', 'Københavns Vestegns Politi']),
    );
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Søg efter navn' })).toHaveValue('');
  });

  it('says when no organisations have been created yet', async () => {
    fakeApi({ 'GET /api/v1/me': me(), [`GET ${LIST}`]: orgPage([]) });

    renderRoute(PATH);

    expect(await screen.findByRole('heading', { name: 'Ingen organisationer' })).toBeVisible();
    expect(
      screen.getByText('Der er ikke oprettet nogen organisationer endnu.'),
    ).toBeInTheDocument();
  });

  it('shows a loading state with an accessible label', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${LIST}`]: () => new Promise<Response>(() => undefined),
    });

    renderRoute(PATH);

    const label = await screen.findByText('Indlæser organisationer …');
    expect(label.closest('[role="status"]')).toBeInTheDocument();
  });

  it('says what went wrong and lets the user try again', async () => {
    let calls = 0;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${LIST}`]: () => (++calls === 1 ? problem('internal', 500) : json(orgPage([HERLEV]))),
    });
    const { user } = renderRoute(PATH);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Noget gik galt')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));

    await waitFor(() => expect(rowNames()).toEqual(['Herlev Kommune']));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lets an admin create an organisation', async () => {
    let organisations = [POLITI, HERLEV];
    const { requests } = fakeApi({
      'GET /api/v1/me': ADMIN,
      [`GET ${LIST}`]: listOf(() => organisations),
      [`POST ${LIST}`]: async (request) => {
        const input = (await request.clone().json()) as OrganisationView;
        const created = { ...input, id: 'a0000000-0000-4000-8000-000000000009', version: 0 };
        organisations = [...organisations, created];
        return json(created, 201);
      },
    });
    const { user } = renderRoute(PATH);

    await user.click(await screen.findByRole('button', { name: 'Opret organisation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Opret organisation' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Furesø Kommune');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type' }), 'Kommune');
    await user.type(within(dialog).getByRole('textbox', { name: 'CVR-nummer' }), '2919 2838');
    await user.click(within(dialog).getByRole('button', { name: 'Opret' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(rowNames()).toEqual([
        'Furesø Kommune',
        'Herlev Kommune',
        'Københavns Vestegns Politi',
      ]),
    );
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      name: 'Furesø Kommune',
      kind: 'KOMMUNE',
      cvr: '29192838',
      active: true,
    });
    expect(screen.getByText('»Furesø Kommune« er oprettet.')).toBeInTheDocument();
  });

  it('needs a name and a type, and 8 digits in a CVR number, before it creates anything', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': ADMIN,
      [`GET ${LIST}`]: orgPage([HERLEV]),
    });
    const { user } = renderRoute(PATH);

    await user.click(await screen.findByRole('button', { name: 'Opret organisation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Opret organisation' });
    await user.type(within(dialog).getByRole('textbox', { name: 'CVR-nummer' }), '1234');
    await user.click(within(dialog).getByRole('button', { name: 'Opret' }));

    expect(within(dialog).getByRole('textbox', { name: 'Navn' })).toHaveAccessibleDescription(
      'Skriv et navn med højst 200 tegn.',
    );
    expect(within(dialog).getByRole('combobox', { name: 'Type' })).toHaveAccessibleDescription(
      'Vælg en type.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'CVR-nummer' })).toHaveAccessibleDescription(
      expect.stringContaining('Et CVR-nummer består af 8 cifre.'),
    );
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('shows the server’s verdict on the CVR number at the CVR field', async () => {
    fakeApi({
      'GET /api/v1/me': ADMIN,
      [`GET ${LIST}`]: orgPage([HERLEV]),
      [`POST ${LIST}`]: () =>
        problem('validation-failed', 400, {
          violations: [
            { field: 'cvr', in: 'body', message: 'is not a valid CVR number (check digit)' },
          ],
        }),
    });
    const { user } = renderRoute(PATH);

    await user.click(await screen.findByRole('button', { name: 'Opret organisation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Opret organisation' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Furesø Kommune');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type' }), 'Kommune');
    await user.type(within(dialog).getByRole('textbox', { name: 'CVR-nummer' }), '12345678');
    await user.click(within(dialog).getByRole('button', { name: 'Opret' }));

    const cvr = within(dialog).getByRole('textbox', { name: 'CVR-nummer' });
    await waitFor(() =>
      expect(cvr).toHaveAccessibleDescription(
        expect.stringContaining('CVR-nummeret er ikke gyldigt. Tjek, at det er skrevet rigtigt.'),
      ),
    );
    expect(cvr).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('textbox', { name: 'Navn' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Værdien i feltet »CVR-nummer« er ugyldig.',
    );
    expect(dialog).not.toHaveTextContent('check digit');
  });

  it('says at the name field when another organisation has the name', async () => {
    fakeApi({
      'GET /api/v1/me': ADMIN,
      [`GET ${LIST}`]: orgPage([HERLEV]),
      [`POST ${LIST}`]: () =>
        problem('validation-failed', 400, {
          violations: [
            { field: 'name', in: 'body', message: 'another organisation already has this name' },
          ],
        }),
    });
    const { user } = renderRoute(PATH);

    await user.click(await screen.findByRole('button', { name: 'Opret organisation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Opret organisation' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Herlev Kommune');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type' }), 'Kommune');
    await user.click(within(dialog).getByRole('button', { name: 'Opret' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Navn' })).toHaveAccessibleDescription(
        'Der findes allerede en organisation med dette navn.',
      ),
    );
  });

  it('lets an admin change an organisation with If-Match of its version', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': ADMIN,
      [`GET ${LIST}`]: orgPage([HERLEV, POLITI]),
      [`PUT ${LIST}/${HERLEV.id}`]: async (request) =>
        json({ ...HERLEV, ...((await request.clone().json()) as object), version: 3 }),
    });
    const { user } = renderRoute(PATH);

    await user.click(await screen.findByRole('button', { name: 'Rediger »Herlev Kommune«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rediger organisation' });
    const name = within(dialog).getByRole('textbox', { name: 'Navn' });
    expect(name).toHaveValue('Herlev Kommune');
    expect(within(dialog).getByRole('combobox', { name: 'Type' })).toHaveValue('KOMMUNE');
    await user.clear(name);
    await user.type(name, 'Herlev Kommune, Center for Børn');
    await user.clear(within(dialog).getByRole('textbox', { name: 'CVR-nummer' }));
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(await put?.json()).toEqual({
      name: 'Herlev Kommune, Center for Børn',
      kind: 'KOMMUNE',
      active: true,
    });
  });

  it('shows the conflict message when the organisation changed meanwhile, and reloads it', async () => {
    let current = HERLEV;
    fakeApi({
      'GET /api/v1/me': ADMIN,
      [`GET ${LIST}`]: () => json(orgPage([current])),
      [`GET ${LIST}/${HERLEV.id}`]: () => json(current),
      [`PUT ${LIST}/${HERLEV.id}`]: (request) =>
        request.headers.get('If-Match') === `"${current.version}"`
          ? json({ ...current, version: current.version + 1 })
          : problem('version-mismatch', 412),
    });
    const { user } = renderRoute(PATH);

    await user.click(await screen.findByRole('button', { name: 'Rediger »Herlev Kommune«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rediger organisation' });
    current = { ...HERLEV, name: 'Herlev Kommune (omdøbt af en kollega)', version: 3 };
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede. Genindlæs for at se den nyeste version – dine ændringer er ikke gemt.',
    );
    await user.click(within(alert).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Navn' })).toHaveValue(
        'Herlev Kommune (omdøbt af en kollega)',
      ),
    );
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('deactivates an organisation after the admin confirms, keeping its CVR number', async () => {
    let organisations = [POLITI, HERLEV];
    const { requests } = fakeApi({
      'GET /api/v1/me': ADMIN,
      [`GET ${LIST}`]: listOf(() => organisations),
      [`PUT ${LIST}/${HERLEV.id}`]: () => {
        const changed = { ...HERLEV, active: false, version: 3 };
        organisations = [POLITI, changed];
        return json(changed);
      },
    });
    const { user } = renderRoute(PATH);

    await user.click(await screen.findByRole('button', { name: 'Deaktiver »Herlev Kommune«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deaktiver organisation' });
    expect(dialog).toHaveTextContent(
      'Vil du deaktivere »Herlev Kommune«? Den kan ikke længere vælges som part',
    );
    expect(requests.filter((request) => request.method === 'PUT')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Deaktiver' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(rowNames()).toEqual(['Københavns Vestegns Politi']));
    expect(screen.getByText('»Herlev Kommune« er deaktiveret.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(await put?.json()).toEqual({
      name: 'Herlev Kommune',
      kind: 'KOMMUNE',
      cvr: '63640719',
      active: false,
    });
  });

  it('keeps the organisation active when the admin cancels', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': ADMIN,
      [`GET ${LIST}`]: orgPage([HERLEV]),
    });
    const { user } = renderRoute(PATH);

    await user.click(await screen.findByRole('button', { name: 'Deaktiver »Herlev Kommune«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deaktiver organisation' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuller' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.filter((request) => request.method === 'PUT')).toEqual([]);
  });

  it('reactivates a deactivated organisation after the admin confirms', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': ADMIN,
      [`GET ${LIST}`]: orgPage([BOLIG]),
      [`PUT ${LIST}/${BOLIG.id}`]: { ...BOLIG, active: true, version: 6 },
    });
    const { user } = renderRoute(`${PATH}?deaktiverede=vis`);

    await user.click(
      await screen.findByRole('button', { name: 'Genaktiver »Boligselskabet Kildehaven«' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Genaktiver organisation' });
    await user.click(within(dialog).getByRole('button', { name: 'Genaktiver' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"5"');
    expect(await put?.json()).toEqual({
      name: 'Boligselskabet Kildehaven',
      kind: 'BOLIGORGANISATION',
      active: true,
    });
  });

  it('asks for a reload when the organisation changed before it was deactivated', async () => {
    let calls = 0;
    fakeApi({
      'GET /api/v1/me': ADMIN,
      [`GET ${LIST}`]: () => {
        calls += 1;
        return json(orgPage([calls === 1 ? HERLEV : { ...HERLEV, version: 3 }]));
      },
      [`PUT ${LIST}/${HERLEV.id}`]: () => problem('version-mismatch', 412),
    });
    const { user } = renderRoute(PATH);

    await user.click(await screen.findByRole('button', { name: 'Deaktiver »Herlev Kommune«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deaktiver organisation' });
    await user.click(within(dialog).getByRole('button', { name: 'Deaktiver' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Nogen har ændret dette, mens du redigerede.');
    await user.click(within(alert).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls).toBe(2);
  });

  it('names the kinds in English', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${LIST}`]: orgPage([HERLEV, BOLIG]),
    });
    const { user } = renderRoute(PATH);
    await screen.findByRole('table', { name: 'Organisationer efter navn' });

    await user.click(screen.getByRole('radio', { name: 'English' }));

    const table = await screen.findByRole('table', { name: 'Organisations by name' });
    expect(within(table).getByRole('cell', { name: 'Municipality' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Housing association' })).toBeInTheDocument();
    expect(within(table).getByText('Deactivated')).toBeInTheDocument();
  });
});
