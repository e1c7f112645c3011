import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MemberRole, MemberView } from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { HERLEV_ID, member, memberPage, me, ORG, partnership } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEMBERS = `${DETAIL}/members`;
const MEMBERS_PATH = `/partnerskaber/${HERLEV_ID}/medlemmer`;

const LENE = member({
  id: '10000000-0000-4000-8000-0000000000a2',
  name: 'Lene Bøgh Andersen',
  email: 'sekretariat@partnerskab.example',
  role: 'SECRETARIAT',
});
const SOEREN = member();
const INVITED = member({
  id: '10000000-0000-4000-8000-0000000000a3',
  name: 'ssp@herlev.dk',
  email: 'ssp@herlev.dk',
  organisation: null,
  role: 'OBSERVER',
  invited: true,
  version: 0,
});

function rows(): HTMLElement[] {
  return within(screen.getByRole('table', { name: 'Medlemmer' }))
    .getAllByRole('row')
    .slice(1);
}

describe('MembersPage', () => {
  it('lists the members with e-mail, organisation, role in Danish and who is invited', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${MEMBERS}`]: memberPage([LENE, INVITED, SOEREN]),
    });

    renderRoute(MEMBERS_PATH);

    expect(await screen.findByRole('heading', { level: 2, name: 'Medlemmer' })).toBeVisible();
    expect(await screen.findByText('3 medlemmer')).toBeVisible();
    const [lene, invited, soeren] = rows();
    expect(lene).toHaveTextContent(
      'Lene Bøgh Andersensekretariat@partnerskab.exampleHerlev KommuneSekretariat',
    );
    expect(within(invited).getByText('Inviteret')).toBeVisible();
    expect(invited).toHaveTextContent('Ikke registreret');
    expect(invited).toHaveTextContent('Observatør');
    expect(within(soeren).queryByText('Inviteret')).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Partnerskabet' })).getByRole('link', {
        name: 'Medlemmer',
      }),
    ).toHaveAttribute('aria-current', 'page');
    const list = new URL(requests.find((request) => request.url.includes('/members'))!.url);
    expect(list.searchParams.get('page')).toBe('0');
    expect(list.searchParams.get('size')).toBe('20');
    await waitFor(() =>
      expect(document.title).toMatch(/^Medlemmer – Partnerskabsaftale for forebyggelse/),
    );
  });

  it.each<MemberRole>(['MEMBER', 'OBSERVER'])(
    'gives a %s no controls to change members',
    async (myRole) => {
      fakeApi({
        'GET /api/v1/me': me(),
        [`GET ${DETAIL}`]: partnership({ myRole }),
        [`GET ${MEMBERS}`]: memberPage([LENE, SOEREN]),
      });

      renderRoute(MEMBERS_PATH);

      expect(await screen.findByText('2 medlemmer')).toBeVisible();
      expect(screen.queryByRole('button', { name: 'Tilføj medlem' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Rediger/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Fjern/ })).not.toBeInTheDocument();
    },
  );

  it('pages through many members', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${MEMBERS}`]: (_, url) =>
        json(
          memberPage(url.searchParams.get('page') === '1' ? [SOEREN] : [LENE], {
            page: Number(url.searchParams.get('page')),
            totalItems: 21,
            totalPages: 2,
          }),
        ),
    });
    const { user, router } = renderRoute(MEMBERS_PATH);

    expect(await screen.findByText('21 medlemmer')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Side 2' }));

    await waitFor(() => expect(rows()[0]).toHaveTextContent('Søren Holmgaard'));
    expect(router.state.location.search).toBe('?side=2');
    expect(requests.some((request) => request.url.includes('page=1'))).toBe(true);
  });

  it('adds a member by e-mail with a role and one of the parties as organisation', async () => {
    let members: MemberView[] = [LENE];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEMBERS}`]: () => json(memberPage(members)),
      [`POST ${MEMBERS}`]: async (request) => {
        const input = (await request.clone().json()) as { email: string; role: MemberRole };
        const added = member({
          ...INVITED,
          name: input.email,
          email: input.email,
          role: input.role,
          organisation: ORG.ballerup,
        });
        members = [...members, added];
        return json(added, 201);
      },
    });
    const { user } = renderRoute(MEMBERS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj medlem' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj medlem' });
    expect(within(dialog).getByRole('combobox', { name: 'Rolle' })).toHaveValue('MEMBER');
    const organisations = within(within(dialog).getByRole('combobox', { name: 'Organisation' }))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(organisations).toEqual([
      'Ingen organisation',
      'Københavns Vestegns Politi',
      'Herlev Kommune',
      'Ballerup Kommune',
    ]);
    await user.type(within(dialog).getByRole('textbox', { name: 'E-mail' }), 'ssp@ballerup.dk');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Organisation' }),
      'Ballerup Kommune',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(rows()[1]).toHaveTextContent('ssp@ballerup.dk');
    expect(within(rows()[1]).getByText('Inviteret')).toBeVisible();
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      email: 'ssp@ballerup.dk',
      role: 'MEMBER',
      organisationId: ORG.ballerup.id,
    });
  });

  it('says at the e-mail field when the server rejects it', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEMBERS}`]: memberPage([LENE]),
      [`POST ${MEMBERS}`]: () =>
        problem('validation-failed', 400, {
          violations: [
            { field: 'email', in: 'body', message: 'is already a member of this partnership' },
          ],
        }),
    });
    const { user } = renderRoute(MEMBERS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj medlem' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj medlem' });
    const email = within(dialog).getByRole('textbox', { name: 'E-mail' });
    await user.type(email, 'sekretariat@partnerskab.example');
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj' }));

    await waitFor(() =>
      expect(email).toHaveAccessibleDescription(
        expect.stringContaining(
          'Skriv en gyldig e-mailadresse på en person, der ikke allerede er medlem.',
        ),
      ),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Værdien i feltet »E-mail« er ugyldig.',
    );
  });

  it('changes a member’s role, keeping their organisation, with If-Match of their version', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${MEMBERS}`]: memberPage([LENE, SOEREN]),
      [`PUT ${MEMBERS}/${SOEREN.id}`]: { ...SOEREN, role: 'OBSERVER', version: 3 },
    });
    const { user } = renderRoute(MEMBERS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Rediger »Søren Holmgaard«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rediger medlem' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Rolle' }), 'Observatør');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(await put?.json()).toEqual({ role: 'OBSERVER', organisationId: ORG.herlev.id });
  });

  it('leaves one’s own role and rights to someone else, but lets one change one’s organisation', async () => {
    const ownLene = { ...LENE, personId: me().id };
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEMBERS}`]: memberPage([ownLene, SOEREN]),
    });
    const { user } = renderRoute(MEMBERS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Rediger »Lene Bøgh Andersen«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rediger medlem' });
    const role = within(dialog).getByRole('combobox', { name: 'Rolle' });
    await waitFor(() => expect(role).toBeDisabled());
    expect(role).toHaveAccessibleDescription(
      'Din egen rolle og dine sekretariatsrettigheder ændres af formanden eller et andet medlem af sekretariatet.',
    );
    expect(
      within(dialog).getByRole('checkbox', { name: 'Behold rettighederne ved formandsskifte' }),
    ).toBeDisabled();
    expect(within(dialog).getByRole('combobox', { name: 'Organisation' })).toBeEnabled();
  });

  it('keeps a secretariat member’s rights across chair changes when they change organisation', async () => {
    const keeper = { ...LENE, keepsSecretariatRights: true };
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${MEMBERS}`]: memberPage([keeper]),
      [`PUT ${MEMBERS}/${LENE.id}`]: keeper,
    });
    const { user } = renderRoute(MEMBERS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Rediger »Lene Bøgh Andersen«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rediger medlem' });
    expect(
      within(dialog).getByRole('checkbox', { name: 'Behold rettighederne ved formandsskifte' }),
    ).toBeChecked();
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Organisation' }),
      'Ballerup Kommune',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT');
    expect(await put?.json()).toEqual({
      role: 'SECRETARIAT',
      organisationId: ORG.ballerup.id,
      keepsSecretariatRights: true,
    });
  });

  it('shows the conflict message when the member changed meanwhile', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${MEMBERS}`]: memberPage([SOEREN]),
      [`PUT ${MEMBERS}/${SOEREN.id}`]: () => problem('version-mismatch', 412),
    });
    const { user } = renderRoute(MEMBERS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Rediger »Søren Holmgaard«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rediger medlem' });
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede. Genindlæs for at se den nyeste version – dine ændringer er ikke gemt.',
    );
    expect(within(alert).getByRole('button', { name: 'Genindlæs' })).toBeVisible();
  });

  it('says in words why the last chair or secretariat member cannot get another role', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEMBERS}`]: memberPage([LENE, SOEREN]),
      [`PUT ${MEMBERS}/${LENE.id}`]: () => problem('last-steward', 409),
    });
    const { user } = renderRoute(MEMBERS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Rediger »Lene Bøgh Andersen«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rediger medlem' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Rolle' }), 'Medlem');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Det er partnerskabets sidste formand eller sekretariatsmedlem. Giv først en anden den rolle, og prøv så igen.',
    );
    expect(alert).not.toHaveTextContent('Test problem');
    expect(within(alert).queryByRole('button', { name: 'Genindlæs' })).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Rediger medlem' })).toBeVisible();
  });

  it('removes a member after asking, with If-Match of their version', async () => {
    let members = [LENE, SOEREN];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEMBERS}`]: () => json(memberPage(members)),
      [`DELETE ${MEMBERS}/${SOEREN.id}`]: () => {
        members = [LENE];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderRoute(MEMBERS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Fjern »Søren Holmgaard«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fjern medlem' });
    expect(dialog).toHaveTextContent(
      'Vil du fjerne Søren Holmgaard fra partnerskabet? Du kan gendanne medlemskabet fra historikken.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Fjern' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(rows()).toHaveLength(1));
    const deletion = requests.find((request) => request.method === 'DELETE');
    expect(deletion?.headers.get('If-Match')).toBe('"2"');
  });

  it('says in words why the last chair or secretariat member cannot be removed', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEMBERS}`]: memberPage([LENE, SOEREN]),
      [`DELETE ${MEMBERS}/${LENE.id}`]: () => problem('last-steward', 409),
    });
    const { user } = renderRoute(MEMBERS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Fjern »Lene Bøgh Andersen«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fjern medlem' });
    await user.click(within(dialog).getByRole('button', { name: 'Fjern' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Det er partnerskabets sidste formand eller sekretariatsmedlem. Giv først en anden den rolle, og prøv så igen.',
    );
    expect(alert).not.toHaveTextContent('Test problem');
    expect(screen.getByRole('dialog', { name: 'Fjern medlem' })).toBeVisible();
    expect(requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
    expect(rows()).toHaveLength(2);
  });
});
