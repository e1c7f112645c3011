import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, ORG, partnership } from '../../test/fixtures';
import {
  indicator,
  indicatorPage,
  PARTIAL_AVERAGE,
  PARTIAL_SUM,
} from '../../test/indicator-fixtures';
import { renderRoute } from '../../test/render';
import {
  FOCUS_AREA,
  goal,
  GOAL_ID,
  goalIndicator,
  goalPage,
  GROUP_ID,
  organisationPage,
  workingGroup,
  workingGroupPage,
} from '../../test/working-group-fixtures';
import type { GoalInput, GoalView } from './types';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const GOALS = `${DETAIL}/goals`;
const GOAL = `${GOALS}/${GOAL_ID}`;
const GOALS_PATH = `/partnerskaber/${HERLEV_ID}/maal`;

const SAFETY_ID = '40000000-0000-4000-8000-000000000002';

/** A dropped goal with no indicators yet: its roll-up has nothing to go on. */
const LIGHTING = goal({
  id: '51000000-0000-4000-8000-000000000002',
  title: 'Bedre belysning i boligområderne',
  successCriterion: null,
  dueDate: null,
  responsibleOrganisation: null,
  focusArea: null,
  workingGroup: null,
  status: 'DROPPED',
  indicatorStatus: 'NO_DATA',
  indicators: [],
  canEdit: false,
});

/** What the goal form chooses among: the partnership's indicators and working groups. */
function formRoutes() {
  return {
    [`GET ${DETAIL}/indicators`]: indicatorPage([
      indicator(),
      indicator({ id: SAFETY_ID, code: 'IND-02', name: 'Tryghedsindeks', unit: 'point' }),
    ]),
    [`GET ${DETAIL}/working-groups`]: workingGroupPage([
      workingGroup(),
      workingGroup({
        id: '50000000-0000-4000-8000-000000000003',
        name: 'Nabohjælp',
        status: 'CLOSED',
      }),
    ]),
    'GET /api/v1/organisations': organisationPage([ORG.ballerup, ORG.herlev, ORG.politi]),
  };
}

function goalItem(title: string): HTMLElement {
  return within(screen.getByRole('list', { name: 'Mål, aktive først' })).getByRole('listitem', {
    name: title,
  });
}

describe('GoalsPage', () => {
  it('shows each goal with its criterion, due date, owners and the roll-up of its indicators', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${GOALS}`]: goalPage([goal({ canEdit: false }), LIGHTING]),
    });

    renderRoute(GOALS_PATH);

    expect(await screen.findByRole('heading', { level: 2, name: 'Mål' })).toBeVisible();
    expect(await screen.findByText('2 mål')).toBeVisible();
    const burglaries = goalItem('Færre indbrud i private hjem');
    const facts = (term: string) =>
      within(burglaries).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(burglaries).toHaveTextContent('Målets status: Aktivt');
    expect(facts('Succeskriterium')).toHaveTextContent(
      'Indbruddene falder med 25 % fra 2025 til 2028',
    );
    expect(facts('Frist')).toHaveTextContent('31. december 2028');
    // The worst of its indicators: one is at risk, the other on track.
    expect(facts('Indikatorernes samlede status')).toHaveTextContent('Status: I risiko');
    expect(
      within(facts('Arbejdsgruppe') as HTMLElement).getByRole('link', {
        name: 'Arbejdsgruppe om tryghedsvandringer',
      }),
    ).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/arbejdsgrupper/${GROUP_ID}`);
    expect(facts('Indsatsområde')).toHaveTextContent('1. Anvendelse af risikoprofiler');
    expect(facts('Ansvarlig')).toHaveTextContent('Københavns Vestegns Politi');

    const indicators = within(burglaries).getByRole('list', { name: 'Indikatorer' });
    const [first, second] = within(indicators).getAllByRole('listitem');
    expect(
      within(first).getByRole('link', { name: 'IND-01 Anmeldte indbrud i private hjem' }),
    ).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/indikatorer/${indicator().id}`);
    expect(first).toHaveTextContent('Status: I risiko');
    expect(first).toHaveTextContent('Seneste værdi: 1.234,5 antal (2. kvartal 2026)');
    expect(second).toHaveTextContent('IND-02 Tryghedsindeks');
    expect(second).toHaveTextContent('Status: På rette vej');
    expect(second).toHaveTextContent('Seneste værdi: 72,25 point (2026)');

    const lighting = goalItem('Bedre belysning i boligområderne');
    expect(lighting).toHaveTextContent('Målets status: Opgivet');
    expect(lighting).toHaveTextContent('Indikatorernes samlede statusStatus: Ingen data');
    expect(lighting).toHaveTextContent('Der er ikke knyttet indikatorer til målet endnu.');

    expect(screen.queryByRole('button', { name: 'Nyt mål' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Rediger målet/ })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Partnerskabet' })).getByRole('link', {
        name: 'Mål',
      }),
    ).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toMatch(/^Mål – Partnerskabsaftale/));
    const list = new URL(requests.find((request) => request.url.includes('/goals'))!.url);
    expect(Object.fromEntries(list.searchParams)).toEqual({ page: '0', size: '20' });
  });

  it('says how complete the latest value of each indicator is and which statuses are preliminary', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${GOALS}`]: goalPage([
        goal({
          indicatorStatus: 'OFF_TRACK',
          indicators: [
            goalIndicator(PARTIAL_SUM),
            goalIndicator({
              id: SAFETY_ID,
              code: 'IND-02',
              name: 'Tryghedsindeks',
              unit: 'point',
              ...PARTIAL_AVERAGE,
            }),
            goalIndicator({
              id: '40000000-0000-4000-8000-000000000003',
              code: 'IND-03',
              name: 'Nabohjælpere',
              completeness: { areasReported: 1, areasExpected: 1, complete: true },
            }),
          ],
        }),
      ]),
    });

    renderRoute(GOALS_PATH);

    const burglaries = await screen.findByRole('listitem', {
      name: 'Færre indbrud i private hjem',
    });
    const indicators = within(burglaries).getByRole('list', { name: 'Indikatorer' });
    const [sum, average, whole] = within(indicators).getAllByRole('listitem');
    expect(sum).toHaveTextContent(
      'Status: Ikke på rette vejStatus for 1. kvartal 2026, den seneste periode med alle områder',
    );
    expect(sum).toHaveTextContent(
      'Seneste værdi: 32,5 antal (2. kvartal 2026)Foreløbig: 2 af 3 områder',
    );
    expect(average).toHaveTextContent('Status: Ingen dataStatus afventer alle områder');
    expect(within(average).getByText('Foreløbig status: I risiko')).toBeVisible();
    expect(average).toHaveTextContent('Foreløbig: 1 af 3 områder');
    expect(whole).toHaveTextContent('Status: I risiko');
    expect(whole).not.toHaveTextContent(/Foreløbig|områder/);
  });

  it('says when there are no goals yet, and shows what went wrong when they cannot be read', async () => {
    let fail = true;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${GOALS}`]: () => (fail ? problem('internal', 500) : json(goalPage([]))),
    });
    const { user } = renderRoute(GOALS_PATH);

    expect(await screen.findByText(/Der opstod en fejl hos os/)).toBeVisible();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));

    expect(await screen.findByRole('heading', { name: 'Ingen mål' })).toBeVisible();
    expect(screen.getByText(/Sæt det første med »Nyt mål«/)).toBeVisible();
  });

  it('sets a goal with its indicators, working group and focus area', async () => {
    let items: GoalView[] = [];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${GOALS}`]: () => json(goalPage(items)),
      [`POST ${GOALS}`]: async (request: Request) => {
        const input = (await request.clone().json()) as GoalInput;
        const created = goal({ title: input.title });
        items = [created];
        return json(created, 201);
      },
      ...formRoutes(),
    });
    const { user } = renderRoute(GOALS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Nyt mål' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nyt mål' });
    await user.click(within(dialog).getByRole('button', { name: 'Opret mål' }));
    expect(within(dialog).getByText('Skriv en titel med højst 300 tegn.')).toBeVisible();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Titel' }),
      'Færre indbrud i private hjem',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Succeskriterium' }),
      'Indbruddene falder med 25 % fra 2025 til 2028',
    );
    await user.type(within(dialog).getByLabelText(/^Frist/), '2028-12-31');
    expect(within(dialog).getByRole('combobox', { name: 'Status' })).toHaveValue('ACTIVE');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Indsatsområde' }),
      '1. Anvendelse af risikoprofiler',
    );
    const group = await within(dialog).findByRole('combobox', { name: 'Arbejdsgruppe' });
    // A closed group takes no new goals.
    expect(within(group).queryByRole('option', { name: /Nabohjælp/ })).not.toBeInTheDocument();
    await user.selectOptions(group, 'Arbejdsgruppe om tryghedsvandringer');
    await user.selectOptions(
      await within(dialog).findByRole('combobox', { name: 'Ansvarlig organisation' }),
      'Københavns Vestegns Politi',
    );
    const indicators = await within(dialog).findByRole('group', { name: 'Indikatorer' });
    await user.click(within(indicators).getByRole('checkbox', { name: 'IND-02 Tryghedsindeks' }));
    await user.click(
      within(indicators).getByRole('checkbox', {
        name: 'IND-01 Anmeldte indbrud i private hjem',
      }),
    );
    expect(indicators).toHaveAccessibleDescription(/2 valgt\.$/);
    await user.click(within(dialog).getByRole('button', { name: 'Opret mål' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      title: 'Færre indbrud i private hjem',
      successCriterion: 'Indbruddene falder med 25 % fra 2025 til 2028',
      dueDate: '2028-12-31',
      responsibleOrganisationId: ORG.politi.id,
      focusAreaId: FOCUS_AREA.id,
      workingGroupId: GROUP_ID,
      status: 'ACTIVE',
      indicatorIds: [SAFETY_ID, indicator().id],
    });
    expect(
      await screen.findByText('Målet »Færre indbrud i private hjem« er oprettet.'),
    ).toBeVisible();
    expect(goalItem('Færre indbrud i private hjem')).toBeVisible();
  });

  it('changes a goal from what it is now, against the version shown', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${GOALS}`]: goalPage([goal()]),
      [`PUT ${GOAL}`]: async (request: Request) => {
        const input = (await request.clone().json()) as GoalInput;
        return json(goal({ status: input.status, version: 3 }));
      },
      ...formRoutes(),
    });
    const { user } = renderRoute(GOALS_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Rediger målet »Færre indbrud i private hjem«' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rediger mål' });
    expect(within(dialog).getByRole('textbox', { name: 'Titel' })).toHaveValue(
      'Færre indbrud i private hjem',
    );
    const indicators = await within(dialog).findByRole('group', { name: 'Indikatorer' });
    const safety = within(indicators).getByRole('checkbox', { name: 'IND-02 Tryghedsindeks' });
    expect(safety).toBeChecked();
    await user.click(safety);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'Nået');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toMatchObject({
      title: 'Færre indbrud i private hjem',
      status: 'ACHIEVED',
      workingGroupId: GROUP_ID,
      indicatorIds: [indicator().id],
    });
    expect(await screen.findByText('Målet »Færre indbrud i private hjem« er gemt.')).toBeVisible();
  });

  it('deletes a goal after asking', async () => {
    let items = [goal()];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${GOALS}`]: () => json(goalPage(items)),
      [`DELETE ${GOAL}`]: () => {
        items = [];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderRoute(GOALS_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Slet målet »Færre indbrud i private hjem«' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Slet mål' });
    expect(dialog).toHaveTextContent(
      'Vil du slette målet »Færre indbrud i private hjem«? Indikatorerne og deres værdier bevares.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Slet' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const remove = requests.find((request) => request.method === 'DELETE')!;
    expect(remove.headers.get('If-Match')).toBe('"2"');
    expect(
      await screen.findByText('Målet »Færre indbrud i private hjem« er slettet.'),
    ).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Ingen mål' })).toBeVisible();
  });
});
