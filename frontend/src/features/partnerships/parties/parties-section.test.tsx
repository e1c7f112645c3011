import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  OrganisationView,
  PartyView,
  SignatoryInput,
  SignatoryView,
} from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { HERLEV_ID, me, ORG, partnership } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const PARTIES = `${DETAIL}/parties`;
const ORGANISATIONS = '/api/v1/organisations';
const DETAIL_PATH = `/partnerskaber/${HERLEV_ID}`;

const [POLITI, HERLEV, BALLERUP] = partnership().parties;
const [KIM_2013, HARLEV] = POLITI.signatories;
const [FIRST_TERM, CURRENT_TERM] = partnership().terms;

function organisation(overrides: Partial<OrganisationView>): OrganisationView {
  return {
    id: 'a0000000-0000-4000-8000-000000000009',
    name: 'Organisation',
    kind: 'KOMMUNE',
    cvr: null,
    active: true,
    version: 0,
    ...overrides,
  };
}

const GLADSAXE = organisation({
  id: 'a0000000-0000-4000-8000-000000000004',
  name: 'Gladsaxe Kommune',
});
const BOLIG = organisation({
  id: 'a0000000-0000-4000-8000-000000000005',
  name: 'Boligselskabet Vestegnen',
  kind: 'BOLIGORGANISATION',
});
const CLOSED_DOWN = organisation({
  id: 'a0000000-0000-4000-8000-000000000006',
  name: 'Nedlagt Forening',
  kind: 'FORENING',
  active: false,
});

/** Answers as the API does: by name, only active ones when asked for those. */
function organisationPage(organisations: OrganisationView[]) {
  return (_: Request, url: URL) => {
    const active = url.searchParams.get('active');
    const items = organisations
      .filter((candidate) => active === null || String(candidate.active) === active)
      .sort((a, b) => a.name.localeCompare(b.name, 'da'));
    return json({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });
  };
}

function section(): HTMLElement {
  return screen.getByRole('region', { name: 'Parter og underskrivere' });
}

function partyNames(): string[] {
  return within(section())
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent ?? '');
}

function withParties(parties: PartyView[]) {
  return partnership({ myRole: 'SECRETARIAT', parties });
}

function signatoryPath(party: PartyView, signatory: SignatoryView) {
  return `${PARTIES}/${party.id}/signatories/${signatory.id}`;
}

describe('PartiesSection', () => {
  it('shows the parties and their signatories without controls to a member', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
    });

    renderRoute(DETAIL_PATH);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Parter og underskrivere' }),
    ).toBeVisible();
    expect(partyNames()).toEqual([ORG.politi.name, ORG.herlev.name, ORG.ballerup.name]);
    expect(
      within(section()).getByRole('list', { name: 'Underskrivere for Københavns Vestegns Politi' }),
    ).toBeInTheDocument();
    expect(within(section()).queryByRole('button')).not.toBeInTheDocument();
  });

  it('adds a party from the active organisations that are not parties yet', async () => {
    let parties = [POLITI, HERLEV, BALLERUP];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(withParties(parties)),
      [`GET ${ORGANISATIONS}`]: organisationPage(
        [ORG.politi, ORG.herlev, ORG.ballerup, GLADSAXE, BOLIG, CLOSED_DOWN].map((candidate) =>
          organisation(candidate),
        ),
      ),
      [`POST ${PARTIES}`]: async (request) => {
        const { organisationId } = (await request.clone().json()) as { organisationId: string };
        const added: PartyView = {
          id: 'c1000000-0000-4000-8000-000000000004',
          organisation: { id: organisationId, name: GLADSAXE.name, kind: 'KOMMUNE', cvr: null },
          signatories: [],
          version: 0,
        };
        parties = [...parties, added];
        return json(added, 201);
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj part' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj part' });
    const select = await within(dialog).findByRole('combobox', { name: 'Organisation' });
    const options = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual([
      'Vælg en organisation',
      'Boligselskabet Vestegnen',
      'Gladsaxe Kommune',
    ]);
    await user.selectOptions(select, 'Gladsaxe Kommune');
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(partyNames()).toEqual([
        ORG.politi.name,
        ORG.herlev.name,
        ORG.ballerup.name,
        'Gladsaxe Kommune',
      ]),
    );
    const list = new URL(requests.find((request) => request.url.includes(ORGANISATIONS))!.url);
    expect(list.searchParams.get('active')).toBe('true');
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({ organisationId: GLADSAXE.id });
  });

  it('needs an organisation chosen before it adds a party', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${ORGANISATIONS}`]: organisationPage([GLADSAXE]),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj part' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj part' });
    await within(dialog).findByRole('combobox', { name: 'Organisation' });
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj' }));

    expect(
      within(dialog).getByRole('combobox', { name: 'Organisation' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('Vælg en aktiv organisation, der ikke allerede er part i aftalen.'),
    );
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('says so at the organisation when the server will not add it as a party', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${ORGANISATIONS}`]: organisationPage([GLADSAXE]),
      [`POST ${PARTIES}`]: () =>
        problem('validation-failed', 400, {
          violations: [
            {
              field: 'organisationId',
              in: 'body',
              message: 'is already a party to this agreement',
            },
          ],
        }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj part' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj part' });
    const select = await within(dialog).findByRole('combobox', { name: 'Organisation' });
    await user.selectOptions(select, 'Gladsaxe Kommune');
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj' }));

    await waitFor(() =>
      expect(select).toHaveAccessibleDescription(
        expect.stringContaining('Vælg en aktiv organisation, der ikke allerede er part i aftalen.'),
      ),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Værdien i feltet »Organisation« er ugyldig.',
    );
  });

  it('says when every active organisation is a party already', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${ORGANISATIONS}`]: organisationPage(
        [ORG.politi, ORG.herlev, ORG.ballerup, CLOSED_DOWN].map((o) => organisation(o)),
      ),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj part' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj part' });

    expect(
      await within(dialog).findByText(
        'Alle aktive organisationer er allerede parter i aftalen. En administrator kan oprette nye organisationer.',
      ),
    ).toBeVisible();
    expect(within(dialog).queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('offers to try again when the organisations cannot be read', async () => {
    let fail = true;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${ORGANISATIONS}`]: (request, url) =>
        fail ? problem('forbidden', 403) : organisationPage([GLADSAXE])(request, url),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj part' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj part' });
    fail = false;
    await user.click(await within(dialog).findByRole('button', { name: 'Prøv igen' }));

    expect(await within(dialog).findByRole('combobox', { name: 'Organisation' })).toBeVisible();
  });

  it('removes a party after confirming, with If-Match of its version', async () => {
    let parties = [POLITI, { ...HERLEV, version: 4 }, BALLERUP];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(withParties(parties)),
      [`DELETE ${PARTIES}/${HERLEV.id}`]: () => {
        parties = [POLITI, BALLERUP];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Fjern part »Herlev Kommune«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fjern part' });
    expect(dialog).toHaveTextContent(
      'Vil du fjerne Herlev Kommune som part i aftalen? Du kan gendanne parten fra historikken.' +
        'Partens underskriver bliver også fjernet og kommer tilbage, hvis du gendanner parten.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Fjern' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(partyNames()).toEqual([ORG.politi.name, ORG.ballerup.name]));
    const deletion = requests.find((request) => request.method === 'DELETE');
    expect(deletion?.headers.get('If-Match')).toBe('"4"');
  });

  it('keeps the party when the user cancels the removal', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Fjern part »Ballerup Kommune«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fjern part' });
    expect(dialog).toHaveTextContent(
      'Vil du fjerne Ballerup Kommune som part i aftalen? Du kan gendanne parten fra historikken.',
    );
    expect(dialog).not.toHaveTextContent('underskriver');
    await user.click(within(dialog).getByRole('button', { name: 'Annuller' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.filter((request) => request.method === 'DELETE')).toEqual([]);
  });

  it('adds a signatory for a term', async () => {
    let parties = [POLITI, HERLEV, BALLERUP];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(withParties(parties)),
      [`POST ${PARTIES}/${BALLERUP.id}/signatories`]: async (request) => {
        const input = (await request.clone().json()) as SignatoryInput;
        const added: SignatoryView = {
          id: 'c2000000-0000-4000-8000-000000000009',
          partyId: BALLERUP.id,
          title: null,
          termId: null,
          ...input,
          version: 0,
        };
        parties = [POLITI, HERLEV, { ...BALLERUP, signatories: [added] }];
        return json(added, 201);
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Tilføj underskriver for Ballerup Kommune' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj underskriver' });
    expect(dialog).toHaveTextContent('Underskriver for Ballerup Kommune.');
    const term = within(dialog).getByRole('combobox', { name: 'Aftaleperiode' });
    expect(
      within(term)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Ikke angivet', '2013–2015', '2022–2027']);
    expect(term).toHaveValue(CURRENT_TERM.id);
    await user.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Jesper Würtzen');
    await user.type(within(dialog).getByRole('textbox', { name: 'Titel' }), 'Borgmester');
    await user.selectOptions(term, '2013–2015');
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const signatories = await within(section()).findByRole('list', {
      name: 'Underskrivere for Ballerup Kommune',
    });
    expect(within(signatories).getByRole('listitem')).toHaveTextContent(
      /^Jesper Würtzen, Borgmester \(aftaleperiode 2013–2015\)/,
    );
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      name: 'Jesper Würtzen',
      title: 'Borgmester',
      termId: FIRST_TERM.id,
    });
  });

  it('needs a name before it adds a signatory', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Tilføj underskriver for Herlev Kommune' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj underskriver' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Navn' }), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj' }));

    expect(within(dialog).getByRole('textbox', { name: 'Navn' })).toHaveAccessibleDescription(
      'Skriv underskriverens navn med højst 200 tegn.',
    );
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('changes a signatory with If-Match of its version, leaving out what was cleared', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`PUT ${signatoryPath(POLITI, KIM_2013)}`]: { ...KIM_2013, title: null, version: 1 },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: 'Rediger underskriver »Kim Christiansen, 2013–2015«',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rediger underskriver' });
    expect(within(dialog).getByRole('textbox', { name: 'Navn' })).toHaveValue('Kim Christiansen');
    expect(within(dialog).getByRole('combobox', { name: 'Aftaleperiode' })).toHaveValue(
      FIRST_TERM.id,
    );
    await user.clear(within(dialog).getByRole('textbox', { name: 'Titel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"0"');
    expect(await put?.json()).toEqual({ name: 'Kim Christiansen', termId: FIRST_TERM.id });
  });

  it('shows the personal-data message at the field the server rejected', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`POST ${PARTIES}/${HERLEV.id}/signatories`]: () =>
        problem('personal-data-rejected', 400, {
          violations: [{ field: 'title', in: 'body', message: 'looks like a CPR number' }],
        }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Tilføj underskriver for Herlev Kommune' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj underskriver' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Thomas Gyldal');
    await user.type(within(dialog).getByRole('textbox', { name: 'Titel' }), '010203-1234');
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Titel' })).toHaveAccessibleDescription(
        expect.stringContaining(
          'Feltet ser ud til at indeholde et CPR-nummer. Der må ikke gemmes personoplysninger om borgere – beskriv grupper og antal i stedet.',
        ),
      ),
    );
    expect(within(dialog).getByRole('textbox', { name: 'Navn' })).not.toHaveAccessibleDescription(
      expect.stringContaining('CPR'),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Feltet »Titel« ser ud til at indeholde et CPR-nummer.',
    );
  });

  it('shows a conflict on 412 when the signatory changed meanwhile, and reloads it', async () => {
    let current = HARLEV;
    const politi = () => ({
      ...POLITI,
      signatories: POLITI.signatories.map((s) => (s.id === current.id ? current : s)),
    });
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(withParties([politi(), HERLEV, BALLERUP])),
      [`PUT ${signatoryPath(POLITI, HARLEV)}`]: (request) =>
        request.headers.get('If-Match') === `"${current.version}"`
          ? json({ ...current, version: current.version + 1 })
          : problem('version-mismatch', 412),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Rediger underskriver »Jørgen Harlev«' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rediger underskriver' });
    current = { ...HARLEV, title: 'Vicepolitiinspektør', version: 1 };
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede. Genindlæs for at se den nyeste version – dine ændringer er ikke gemt.',
    );
    await user.click(within(alert).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Titel' })).toHaveValue(
        'Vicepolitiinspektør',
      ),
    );
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('removes a signatory after confirming, with If-Match of its version', async () => {
    let parties = [POLITI, HERLEV, BALLERUP];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(withParties(parties)),
      [`DELETE ${signatoryPath(POLITI, HARLEV)}`]: () => {
        parties = [
          { ...POLITI, signatories: POLITI.signatories.filter((s) => s.id !== HARLEV.id) },
          HERLEV,
          BALLERUP,
        ];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Fjern underskriver »Jørgen Harlev«' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Fjern underskriver' });
    expect(dialog).toHaveTextContent(
      'Vil du fjerne Jørgen Harlev som underskriver for Københavns Vestegns Politi? Du kan gendanne underskriveren fra historikken.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Fjern' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Fjern underskriver »Jørgen Harlev«' }),
      ).not.toBeInTheDocument(),
    );
    const deletion = requests.find((request) => request.method === 'DELETE');
    expect(deletion?.url).toContain(`/parties/${POLITI.id}/signatories/${HARLEV.id}`);
    expect(deletion?.headers.get('If-Match')).toBe('"0"');
  });
});
