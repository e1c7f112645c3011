import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, member, memberPage, ORG, partnership } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import {
  FOCUS_AREA,
  GROUP_ID,
  goalPage,
  organisationPage,
  PERSON,
  workingGroup,
  workingGroupPage,
} from '../../test/working-group-fixtures';
import type { WorkingGroupInput } from './types';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const GROUPS = `${DETAIL}/working-groups`;
const GROUPS_PATH = `/partnerskaber/${HERLEV_ID}/arbejdsgrupper`;

const LIGHTING = workingGroup({
  id: '50000000-0000-4000-8000-000000000002',
  name: 'Belysning i boligområderne',
  focusArea: null,
  leadOrganisation: null,
  deadline: '2024-03-31',
  decision: null,
  members: [PERSON.bo],
});
const CLOSED = workingGroup({
  id: '50000000-0000-4000-8000-000000000003',
  name: 'Nabohjælp',
  deadline: '2024-01-31',
  status: 'CLOSED',
  closingReport: '<p>Kampagnen er gennemført.</p>',
  closedAt: '2024-02-01T10:00:00Z',
  members: [],
});

function rows(): HTMLElement[] {
  return within(screen.getByRole('table', { name: 'Arbejdsgrupper, aktive først' }))
    .getAllByRole('row')
    .slice(1);
}

describe('WorkingGroupsPage', () => {
  it('lists the groups, active first, with focus area, lead, deadline, status and members', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${GROUPS}`]: workingGroupPage([workingGroup(), LIGHTING, CLOSED]),
    });

    renderRoute(GROUPS_PATH);

    expect(await screen.findByRole('heading', { level: 2, name: 'Arbejdsgrupper' })).toBeVisible();
    expect(await screen.findByText('3 arbejdsgrupper')).toBeVisible();
    const [walks, lighting, closed] = rows();
    expect(
      within(walks).getByRole('link', { name: 'Arbejdsgruppe om tryghedsvandringer' }),
    ).toHaveAttribute('href', `${GROUPS_PATH}/${GROUP_ID}`);
    expect(walks).toHaveTextContent('1. Anvendelse af risikoprofiler');
    expect(walks).toHaveTextContent('Herlev Kommune');
    expect(walks).toHaveTextContent('30. juni 2035');
    expect(walks).not.toHaveTextContent('Fristen er overskredet');
    expect(walks).toHaveTextContent('Status: Aktiv');
    expect(walks).toHaveTextContent('2 medlemmer');
    // A passed deadline is said in words, not only shown in colour.
    expect(lighting).toHaveTextContent('31. marts 2024Fristen er overskredet');
    expect(lighting).toHaveTextContent('Ikke registreret');
    expect(lighting).toHaveTextContent('1 medlem');
    // A closed group is past its deadline by design; that is no longer news.
    expect(closed).toHaveTextContent('Status: Lukket');
    expect(closed).not.toHaveTextContent('Fristen er overskredet');
    expect(closed).toHaveTextContent('0 medlemmer');

    expect(screen.queryByRole('button', { name: 'Ny arbejdsgruppe' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Partnerskabet' })).getByRole('link', {
        name: 'Arbejdsgrupper',
      }),
    ).toHaveAttribute('aria-current', 'page');
    await waitFor(() =>
      expect(document.title).toMatch(/^Arbejdsgrupper – Partnerskabsaftale for forebyggelse/),
    );
    const list = new URL(requests.find((request) => request.url.includes('/working-groups'))!.url);
    expect(Object.fromEntries(list.searchParams)).toEqual({ page: '0', size: '20' });
  });

  it('says when there are no working groups yet, and tells editors how to set one up', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${GROUPS}`]: workingGroupPage([]),
    });

    renderRoute(GROUPS_PATH);

    expect(await screen.findByRole('heading', { name: 'Ingen arbejdsgrupper' })).toBeVisible();
    expect(screen.getByText(/Opret den første med »Ny arbejdsgruppe«/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ny arbejdsgruppe' })).toBeVisible();
  });

  it('shows what went wrong when the groups cannot be read, and tries again', async () => {
    let fail = true;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${GROUPS}`]: () =>
        fail ? problem('internal', 500) : json(workingGroupPage([workingGroup()])),
    });
    const { user } = renderRoute(GROUPS_PATH);

    expect(await screen.findByText(/Der opstod en fejl hos os/)).toBeVisible();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));

    expect(
      await screen.findByRole('link', { name: 'Arbejdsgruppe om tryghedsvandringer' }),
    ).toBeVisible();
  });

  it('sets up a group with mandate, focus area, lead, deadline and members, then shows it', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${GROUPS}`]: workingGroupPage([]),
      [`GET ${DETAIL}/members`]: memberPage([
        member(),
        member({
          id: '10000000-0000-4000-8000-0000000000a2',
          personId: PERSON.bo.id,
          name: PERSON.bo.name,
          organisation: ORG.ballerup,
        }),
      ]),
      'GET /api/v1/organisations': organisationPage([ORG.ballerup, ORG.herlev, ORG.politi]),
      [`POST ${GROUPS}`]: async (request: Request) => {
        const input = (await request.clone().json()) as WorkingGroupInput;
        return json(workingGroup({ name: input.name, decision: null, members: [PERSON.bo] }), 201);
      },
      [`GET ${GROUPS}/${GROUP_ID}`]: workingGroup({ decision: null, members: [PERSON.bo] }),
      [`GET ${DETAIL}/goals`]: goalPage([]),
    });
    const { user, router } = renderRoute(GROUPS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Ny arbejdsgruppe' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny arbejdsgruppe' });
    // Nothing is sent before the name is there.
    await user.click(within(dialog).getByRole('button', { name: 'Opret arbejdsgruppe' }));
    expect(within(dialog).getByText('Skriv et navn med højst 300 tegn.')).toBeVisible();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Navn' }),
      'Arbejdsgruppe om tryghedsvandringer',
    );
    await user.click(await within(dialog).findByRole('textbox', { name: 'Kommissorium' }));
    await user.paste('Planlæg tryghedsvandringer.');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Indsatsområde' }),
      '1. Anvendelse af risikoprofiler',
    );
    // A retired focus area is not offered for new work.
    expect(
      within(dialog).queryByRole('option', { name: /Systematik i brugen af indsatser/ }),
    ).not.toBeInTheDocument();
    await user.selectOptions(
      await within(dialog).findByRole('combobox', { name: 'Tovholder' }),
      'Herlev Kommune',
    );
    await user.type(within(dialog).getByLabelText(/^Frist/), '2035-06-30');
    const members = await within(dialog).findByRole('group', { name: 'Medlemmer' });
    await user.click(
      within(members).getByRole('checkbox', { name: 'Bo Ballerup (Ballerup Kommune)' }),
    );
    expect(
      within(members).getByRole('checkbox', { name: 'Søren Holmgaard (Herlev Kommune)' }),
    ).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Opret arbejdsgruppe' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`${GROUPS_PATH}/${GROUP_ID}`));
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      name: 'Arbejdsgruppe om tryghedsvandringer',
      mandate: '<p>Planlæg tryghedsvandringer.</p>',
      focusAreaId: FOCUS_AREA.id,
      leadOrganisationId: ORG.herlev.id,
      deadline: '2035-06-30',
      memberIds: [PERSON.bo.id],
    });
    expect(
      await screen.findByText('Arbejdsgruppen »Arbejdsgruppe om tryghedsvandringer« er oprettet.'),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Arbejdsgruppe om tryghedsvandringer' }),
    ).toBeVisible();
  });
});
