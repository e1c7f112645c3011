import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../../test/fake-api';
import { HERLEV_ID, me, member, memberPage, ORG, partnership } from '../../test/fixtures';
import { decisionEntry, decisionPage } from '../../test/meeting-fixtures';
import { renderRoute } from '../../test/render';
import {
  goalPage,
  GROUP_ID,
  organisationPage,
  PERSON,
  workingGroup,
} from '../../test/working-group-fixtures';
import type { WorkingGroupInput } from '../../api/types';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const DECISIONS_PATH = `/partnerskaber/${HERLEV_ID}/beslutninger`;

const GROUP = decisionEntry();
const APPROVAL = decisionEntry({
  id: '33000000-0000-4000-8000-000000000002',
  text: 'Dagsordenen blev godkendt.',
  meetingId: '30000000-0000-4000-8000-000000000002',
  meetingTitle: 'Partnerskabsmøde – 4. kvartal 2026',
  meetingStartsAt: '2026-12-01T23:30:00Z',
  agendaItemTitle: 'Godkendelse af dagsorden',
});

describe('DecisionsPage', () => {
  it('lists the decisions with their meeting, its Danish date and the item', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${DETAIL}/decisions`]: decisionPage([GROUP, APPROVAL]),
    });

    renderRoute(DECISIONS_PATH);

    expect(await screen.findByRole('heading', { level: 2, name: 'Beslutninger' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Beslutninger, nyeste møde først' });
    const [, group, approval] = within(table).getAllByRole('row');
    expect(
      within(group).getByRole('link', { name: 'Partnerskabsmøde – 1. kvartal 2027' }),
    ).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/moeder/${GROUP.meetingId}`);
    expect(group).toHaveTextContent('9. marts 2027');
    expect(group).toHaveTextContent('Tryghedsvandringer');
    expect(group).toHaveTextContent(
      'Partnerskabet nedsætter en arbejdsgruppe om tryghedsvandringer.',
    );
    // The meeting's day in Copenhagen, not in UTC.
    expect(approval).toHaveTextContent('2. december 2026');
    expect(screen.getByText('2 beslutninger')).toBeVisible();
    expect(
      within(screen.getByRole('navigation', { name: 'Partnerskabet' })).getByRole('link', {
        name: 'Beslutninger',
      }),
    ).toHaveAttribute('aria-current', 'page');
    await waitFor(() =>
      expect(document.title).toMatch(/^Beslutninger – Partnerskabsaftale for forebyggelse/),
    );
    const list = new URL(requests.find((request) => request.url.includes('/decisions'))!.url);
    expect(Object.fromEntries(list.searchParams)).toEqual({ page: '0', size: '20' });
  });

  it('the register searches the decisions’ text and keeps the search in the address', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${DETAIL}/decisions`]: (_request, url) =>
        json(
          url.searchParams.get('q') === 'arbejdsgruppe'
            ? decisionPage([GROUP])
            : decisionPage([GROUP, APPROVAL]),
        ),
    });
    const { user, router } = renderRoute(DECISIONS_PATH);

    expect(await screen.findByText('2 beslutninger')).toBeVisible();
    const search = screen.getByRole('search', { name: 'Søg i beslutningerne' });
    await user.type(
      within(search).getByRole('searchbox', { name: 'Søg i beslutningernes tekst' }),
      'arbejdsgruppe',
    );
    await user.click(within(search).getByRole('button', { name: 'Søg' }));

    expect(await screen.findByText('1 beslutning indeholder »arbejdsgruppe«')).toBeVisible();
    expect(screen.queryByText('Dagsordenen blev godkendt.')).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?soeg=arbejdsgruppe');
    const last = new URL(
      requests.filter((request) => request.url.includes('/decisions')).at(-1)!.url,
    );
    expect(Object.fromEntries(last.searchParams)).toEqual({
      page: '0',
      size: '20',
      q: 'arbejdsgruppe',
    });
  });

  it('says when no decision matches, and clears the search', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${DETAIL}/decisions`]: (_request, url) =>
        json(url.searchParams.has('q') ? decisionPage([]) : decisionPage([GROUP])),
    });
    const { user } = renderRoute(`${DECISIONS_PATH}?soeg=budget`);

    expect(await screen.findByText('Ingen beslutninger indeholder »budget«.')).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Søg i beslutningernes tekst' })).toHaveValue(
      'budget',
    );
    await user.click(screen.getByRole('button', { name: 'Ryd søgningen' }));

    expect(await screen.findByText('1 beslutning')).toBeVisible();
  });

  it('says when there are no decisions yet', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${DETAIL}/decisions`]: decisionPage([]),
    });

    renderRoute(DECISIONS_PATH);

    expect(
      await screen.findByText(/Der er ikke registreret nogen beslutninger endnu./),
    ).toBeVisible();
  });

  it('offers editors to set up a working group from a decision, and shows the new group', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${DETAIL}/decisions`]: decisionPage([GROUP, APPROVAL]),
      [`GET ${DETAIL}/members`]: memberPage([member()]),
      'GET /api/v1/organisations': organisationPage([ORG.herlev, ORG.politi]),
      [`POST ${DETAIL}/working-groups`]: async (request: Request) => {
        const input = (await request.clone().json()) as WorkingGroupInput;
        return json(workingGroup({ name: input.name, members: [PERSON.soeren] }), 201);
      },
      [`GET ${DETAIL}/working-groups/${GROUP_ID}`]: workingGroup({
        name: 'Tryghedsvandringer',
        members: [PERSON.soeren],
      }),
      [`GET ${DETAIL}/goals`]: goalPage([]),
    });
    const { user, router } = renderRoute(DECISIONS_PATH);

    const table = await screen.findByRole('table', { name: 'Beslutninger, nyeste møde først' });
    expect(within(table).getByRole('columnheader', { name: 'Handlinger' })).toBeVisible();
    expect(
      within(table).getByRole('button', {
        name: 'Nedsæt arbejdsgruppe ud fra beslutningen: Dagsordenen blev godkendt.',
      }),
    ).toBeVisible();
    await user.click(
      within(table).getByRole('button', {
        name: 'Nedsæt arbejdsgruppe ud fra beslutningen: Partnerskabet nedsætter en arbejdsgruppe om tryghedsvandringer.',
      }),
    );

    const dialog = await screen.findByRole('dialog', { name: 'Nedsæt arbejdsgruppe' });
    expect(dialog).toHaveTextContent(
      'Nedsættes ud fra beslutningen fra »Partnerskabsmøde – 1. kvartal 2027«:' +
        'Partnerskabet nedsætter en arbejdsgruppe om tryghedsvandringer.',
    );
    const name = within(dialog).getByRole('textbox', { name: 'Navn' });
    expect(name).toHaveValue('');
    await user.type(name, 'Tryghedsvandringer');
    await user.click(
      await within(dialog).findByRole('checkbox', { name: 'Søren Holmgaard (Herlev Kommune)' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Opret arbejdsgruppe' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        `/partnerskaber/${HERLEV_ID}/arbejdsgrupper/${GROUP_ID}`,
      ),
    );
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      name: 'Tryghedsvandringer',
      decisionId: GROUP.id,
      memberIds: [PERSON.soeren.id],
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Tryghedsvandringer' }),
    ).toBeVisible();
  });

  it('does not offer members to set up working groups', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${DETAIL}/decisions`]: decisionPage([GROUP]),
    });

    renderRoute(DECISIONS_PATH);

    expect(await screen.findByText('1 beslutning')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Nedsæt arbejdsgruppe/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Handlinger' })).not.toBeInTheDocument();
  });
});
