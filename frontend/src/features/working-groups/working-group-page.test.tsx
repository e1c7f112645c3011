import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, member, memberPage, ORG, partnership } from '../../test/fixtures';
import { MEETING_ID } from '../../test/meeting-fixtures';
import { htmlClipboard } from '../../test/clipboard';
import { renderRoute } from '../../test/render';
import {
  goal,
  goalPage,
  GROUP_ID,
  organisationPage,
  PERSON,
  workingGroup,
} from '../../test/working-group-fixtures';
import type { WorkingGroupClosing, WorkingGroupInput } from './types';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const GROUP = `${DETAIL}/working-groups/${GROUP_ID}`;
const GROUPS_PATH = `/partnerskaber/${HERLEV_ID}/arbejdsgrupper`;
const GROUP_PATH = `${GROUPS_PATH}/${GROUP_ID}`;

function routes(extra: Record<string, unknown> = {}) {
  return {
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
    [`GET ${GROUP}`]: workingGroup(),
    [`GET ${DETAIL}/goals`]: goalPage([goal()]),
    [`GET ${DETAIL}/members`]: memberPage([
      member(),
      member({
        id: '10000000-0000-4000-8000-0000000000a2',
        personId: PERSON.bo.id,
        name: PERSON.bo.name,
        organisation: ORG.ballerup,
      }),
    ]),
    'GET /api/v1/organisations': organisationPage([ORG.herlev, ORG.politi]),
    ...extra,
  };
}

/** The group's name with its status badge beside it. */
function headingRow(): HTMLElement {
  return screen.getByRole('heading', { level: 2 }).parentElement!;
}

describe('WorkingGroupPage', () => {
  it('shows the mandate, the facts, the members, the decision and the group’s goals', async () => {
    const { requests } = fakeApi(
      routes({
        [`GET ${DETAIL}`]: partnership(),
        [`GET ${GROUP}`]: workingGroup({ canEdit: false }),
      }),
    );

    renderRoute(GROUP_PATH);

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Arbejdsgruppe om tryghedsvandringer',
      }),
    ).toBeVisible();
    expect(headingRow()).toHaveTextContent('Status: Aktiv');
    const facts = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(facts('Indsatsområde')).toHaveTextContent('1. Anvendelse af risikoprofiler');
    expect(facts('Tovholder')).toHaveTextContent('Herlev Kommune');
    expect(facts('Frist')).toHaveTextContent('30. juni 2035');
    expect(facts('Nedsat ved beslutning')).toHaveTextContent(
      'Partnerskabet nedsætter en arbejdsgruppe om tryghedsvandringer.',
    );
    expect(
      within(facts('Nedsat ved beslutning') as HTMLElement).getByRole('link', {
        name: 'Partnerskabsmøde – 1. kvartal 2027',
      }),
    ).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`);

    const mandate = screen.getByRole('region', { name: 'Kommissorium' });
    expect(within(mandate).getByText('tryghedsvandringer', { selector: 'strong' })).toBeVisible();
    const members = screen.getByRole('region', { name: 'Medlemmer' });
    expect(
      within(members)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Bo Ballerup', 'Søren Holmgaard']);

    const goals = await screen.findByRole('list', {
      name: 'Mål for Arbejdsgruppe om tryghedsvandringer',
    });
    const item = within(goals).getByRole('listitem', { name: 'Færre indbrud i private hjem' });
    expect(item).toHaveTextContent('Målets status: Aktivt');
    expect(item).toHaveTextContent('Indikatorernes samlede statusStatus: I risiko');
    expect(
      requests.some(
        (request) =>
          request.url.includes('/goals') &&
          new URL(request.url).searchParams.get('workingGroup') === GROUP_ID,
      ),
    ).toBe(true);
    // Members follow the group; only editors change or close it.
    expect(screen.queryByRole('button', { name: 'Rediger arbejdsgruppe' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Luk arbejdsgruppen' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(document.title).toMatch(/^Arbejdsgruppe om tryghedsvandringer – Partnerskabsaftale/),
    );
  });

  it('changes the group against the version shown', async () => {
    let current = workingGroup({ canEdit: true });
    const { requests } = fakeApi(
      routes({
        [`GET ${GROUP}`]: () => json(current),
        [`PUT ${GROUP}`]: async (request: Request) => {
          const input = (await request.clone().json()) as WorkingGroupInput;
          current = workingGroup({ name: input.name, version: 5 });
          return json(current);
        },
      }),
    );
    const { user } = renderRoute(GROUP_PATH);

    await user.click(await screen.findByRole('button', { name: 'Rediger arbejdsgruppe' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rediger arbejdsgruppe' });
    const name = within(dialog).getByRole('textbox', { name: 'Navn' });
    expect(name).toHaveValue('Arbejdsgruppe om tryghedsvandringer');
    const members = await within(dialog).findByRole('group', { name: 'Medlemmer' });
    expect(
      within(members).getByRole('checkbox', { name: 'Bo Ballerup (Ballerup Kommune)' }),
    ).toBeChecked();
    await user.clear(name);
    await user.type(name, 'Tryghedsvandringer 2027');
    await user.click(
      within(members).getByRole('checkbox', { name: 'Søren Holmgaard (Herlev Kommune)' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"4"');
    const body = (await put.json()) as WorkingGroupInput;
    expect(body).toMatchObject({ name: 'Tryghedsvandringer 2027' });
    // The decision is fixed when the group is set up, so a change does not send it.
    expect(body).not.toHaveProperty('decisionId');
    expect(body.memberIds).toEqual([PERSON.bo.id]);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Tryghedsvandringer 2027' }),
    ).toBeVisible();
    expect(screen.getByText('Ændringerne af arbejdsgruppen er gemt.')).toBeVisible();
  });

  it('tells the user when someone else changed the group meanwhile, and reloads it', async () => {
    let version = 4;
    fakeApi(
      routes({
        [`GET ${GROUP}`]: () => json(workingGroup({ version })),
        // Only an edit based on the newest version is taken.
        [`PUT ${GROUP}`]: (request: Request) =>
          request.headers.get('If-Match') === '"5"'
            ? json(workingGroup({ version: 6 }))
            : problem('version-mismatch', 412),
      }),
    );
    const { user } = renderRoute(GROUP_PATH);

    await user.click(await screen.findByRole('button', { name: 'Rediger arbejdsgruppe' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rediger arbejdsgruppe' });
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    expect(await within(dialog).findByText('Ændringerne er ikke gemt')).toBeVisible();
    version = 5;
    await user.click(within(dialog).getByRole('button', { name: 'Genindlæs' }));
    await waitFor(() =>
      expect(within(dialog).queryByText('Ændringerne er ikke gemt')).not.toBeInTheDocument(),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('closes the group only with a closing report, and then shows the report', async () => {
    let current = workingGroup();
    const { requests } = fakeApi(
      routes({
        [`GET ${GROUP}`]: () => json(current),
        [`POST ${GROUP}/close`]: async (request: Request) => {
          const closing = (await request.clone().json()) as WorkingGroupClosing;
          current = workingGroup({
            status: 'CLOSED',
            closingReport: closing.closingReport,
            closedAt: '2027-06-01T08:30:00Z',
            version: 5,
          });
          return json(current);
        },
      }),
    );
    const { user } = renderRoute(GROUP_PATH);

    await user.click(await screen.findByRole('button', { name: 'Luk arbejdsgruppen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Luk arbejdsgruppen' });
    await user.click(within(dialog).getByRole('button', { name: 'Luk arbejdsgruppen' }));
    expect(
      within(dialog).getByText('Skriv afrapporteringen, før arbejdsgruppen lukkes.'),
    ).toBeVisible();
    expect(requests.some((request) => request.url.endsWith('/close'))).toBe(false);

    await user.click(await within(dialog).findByRole('textbox', { name: 'Afrapportering' }));
    await user.paste(htmlClipboard('<p>Der er gennemført <em>seks</em> tryghedsvandringer.</p>'));
    await user.click(within(dialog).getByRole('button', { name: 'Luk arbejdsgruppen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const close = requests.find((request) => request.url.endsWith('/close'))!;
    expect(close.method).toBe('POST');
    expect(close.headers.get('If-Match')).toBe('"4"');
    expect(await close.json()).toEqual({
      closingReport: '<p>Der er gennemført <em>seks</em> tryghedsvandringer.</p>',
    });
    await waitFor(() => expect(headingRow()).toHaveTextContent('Status: Lukket'));
    expect(screen.getByText('Arbejdsgruppen er lukket.')).toBeVisible();
    const report = screen.getByRole('region', { name: 'Afrapportering' });
    expect(within(report).getByText('seks', { selector: 'em' })).toBeVisible();
    const facts = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(facts('Lukket')).toHaveTextContent('1. juni 2027 kl. 10.30');
    expect(screen.queryByRole('button', { name: 'Luk arbejdsgruppen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rediger arbejdsgruppe' })).toBeVisible();
  });

  it('says so when someone else closed the group first', async () => {
    fakeApi(routes({ [`POST ${GROUP}/close`]: () => problem('invalid-state-transition', 409) }));
    const { user } = renderRoute(GROUP_PATH);

    await user.click(await screen.findByRole('button', { name: 'Luk arbejdsgruppen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Luk arbejdsgruppen' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Afrapportering' }),
      'Gruppen har afsluttet sit arbejde.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Luk arbejdsgruppen' }));

    expect(await within(dialog).findByText('Arbejdsgruppen er allerede lukket')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Genindlæs' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('says the group does not exist for an unknown id', async () => {
    fakeApi(routes({ [`GET ${GROUP}`]: () => problem('not-found', 404) }));

    renderRoute(GROUP_PATH);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Arbejdsgruppen findes ikke' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: /Alle arbejdsgrupper/ })).toHaveAttribute(
      'href',
      GROUPS_PATH,
    );
  });
});
