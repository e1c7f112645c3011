import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  activity,
  ACTIVITY_ID,
  activityPage,
  citizensMeeting,
  nightRavens,
  TRACK,
} from '../../test/activity-fixtures';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, ORG, partnership } from '../../test/fixtures';
import { indicator, indicatorPage } from '../../test/indicator-fixtures';
import { renderRoute } from '../../test/render';
import {
  FOCUS_AREA,
  goal,
  GOAL_ID,
  goalPage,
  organisationPage,
} from '../../test/working-group-fixtures';
import type { ActivityInput, ActivityView } from './types';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const ACTIVITIES = `${DETAIL}/activities`;
const ACTIVITY = `${ACTIVITIES}/${ACTIVITY_ID}`;
const ACTIVITIES_PATH = `/partnerskaber/${HERLEV_ID}/indsatser`;

const SAFETY_ID = '40000000-0000-4000-8000-000000000002';

/** An activity nobody has put in a track yet. */
const UNTRACKED = citizensMeeting({
  id: '60000000-0000-4000-8000-000000000009',
  title: 'Kampagne om mærkning af ejendele',
  kind: 'CAMPAIGN',
  track: null,
  description: null,
  targetGroup: null,
  intendedOutcome: null,
  status: 'CANCELLED',
});

/** What the activity form chooses among: the partnership's goals, indicators and organisations. */
function formRoutes() {
  return {
    [`GET ${DETAIL}/goals`]: goalPage([
      goal(),
      goal({ id: '51000000-0000-4000-8000-000000000002', title: 'Flere aktive nabohjælpere' }),
    ]),
    [`GET ${DETAIL}/indicators`]: indicatorPage([
      indicator(),
      indicator({ id: SAFETY_ID, code: 'IND-02', name: 'Tryghedsindeks', unit: 'point' }),
    ]),
    'GET /api/v1/organisations': organisationPage([ORG.ballerup, ORG.herlev, ORG.politi]),
  };
}

function track(name: string): HTMLElement {
  return screen.getByRole('table', { name });
}

function row(table: HTMLElement, title: string): HTMLElement {
  return within(table).getByRole('rowheader', { name: title }).closest('tr')!;
}

/** The row's cells by column header, so a check names the column it is about. */
function cells(table: HTMLElement, title: string): Record<string, HTMLElement> {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent ?? '');
  const rowCells = [...row(table, title).children] as HTMLElement[];
  return Object.fromEntries(headers.map((header, index) => [header, rowCells[index]]));
}

/** Pastes the text into the field: typing it key by key re-renders the whole form each time. */
async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe('ActivitiesPage', () => {
  it('shows the activities grouped by track, in tables with the columns of Furesø’s activity tables', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${ACTIVITIES}`]: activityPage([
        activity(),
        citizensMeeting(),
        nightRavens(),
        UNTRACKED,
      ]),
    });

    renderRoute(ACTIVITIES_PATH);

    expect(await screen.findByRole('heading', { level: 2, name: 'Indsatser' })).toBeVisible();
    expect(await screen.findByText('4 i alt, fordelt på 2 spor.')).toBeVisible();
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual([TRACK.burglary, TRACK.communities, 'Uden spor']);

    const burglary = track('Indsatser i sporet »Indbrudsforebyggelse«');
    expect(
      within(burglary)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Aktivitet',
      'Type og status',
      'Beskrivelse',
      'Ansvarlig',
      'Målgruppe',
      'Mål',
      'Indsatsområde, mål og indikatorer',
      'Rapport',
    ]);
    expect(
      within(burglary)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Tryghedsvandringer', 'Borgermøder']);

    const walks = cells(burglary, 'Tryghedsvandringer');
    expect(walks['Type og status']).toHaveTextContent('Tryghedsvandring');
    expect(walks['Type og status']).toHaveTextContent('Status: I gang');
    expect(walks['Type og status']).toHaveTextContent('Særligt fokus');
    expect(walks['Type og status']).toHaveTextContent('Periode: 01.03.2026 – 31.10.2026');
    expect(walks['Beskrivelse']).toHaveTextContent(
      'En tur rundt i lokalområdet med samtaler om nabohjælp mellem naboer.',
    );
    expect(walks['Ansvarlig']).toHaveTextContent('LokalrådetHerlev Kommune');
    expect(walks['Målgruppe']).toHaveTextContent('Grundejer-, beboer- og andelsforeninger');
    expect(walks['Mål']).toHaveTextContent('Flere aktive nabohjælpere i området');
    const links = walks['Indsatsområde, mål og indikatorer'];
    expect(links).toHaveTextContent('Indsatsområde: 1. Anvendelse af risikoprofiler');
    expect(
      within(within(links).getByRole('list', { name: 'Partnerskabets mål' })).getByRole('link', {
        name: 'Færre indbrud i private hjem',
      }),
    ).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/maal`);
    expect(
      within(within(links).getByRole('list', { name: 'Indikatorer' })).getByRole('link', {
        name: 'IND-01 Anmeldte indbrud i private hjem',
      }),
    ).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/indikatorer/${indicator().id}`);
    expect(walks['Rapport']).toHaveTextContent('Tryghedsvandring Hørsholm.pdf (1,2 MB)');
    expect(
      within(walks['Rapport']).getByRole('button', {
        name: 'Hent rapporten »Tryghedsvandring Hørsholm.pdf« for »Tryghedsvandringer«',
      }),
    ).toBeVisible();

    const meetings = cells(burglary, 'Borgermøder');
    expect(meetings['Type og status']).toHaveTextContent('BorgermødeStatus: Planlagt');
    expect(meetings['Type og status']).not.toHaveTextContent('Særligt fokus');
    expect(meetings['Ansvarlig']).toHaveTextContent('Ikke registreret');
    expect(meetings['Indsatsområde, mål og indikatorer']).toHaveTextContent('Ikke registreret');
    expect(meetings['Rapport']).toHaveTextContent('Ingen rapport');

    const communities = track('Indsatser i sporet »Stærke lokale fællesskaber«');
    const ravens = cells(communities, 'Samarbejde med Natteravnene');
    expect(ravens['Type og status']).toHaveTextContent('SamarbejdeStatus: Afsluttet');
    expect(ravens['Type og status']).toHaveTextContent('Periode: fra 01.01.2025');
    expect(ravens['Ansvarlig']).toHaveTextContent('Københavns Vestegns Politi');

    const untracked = track('Indsatser, der ikke hører til et spor');
    expect(
      cells(untracked, 'Kampagne om mærkning af ejendele')['Type og status'],
    ).toHaveTextContent('KampagneStatus: Aflyst');

    expect(screen.queryByRole('button', { name: 'Ny indsats' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Rediger indsatsen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Vedhæft rapport/ })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Partnerskabet' })).getByRole('link', {
        name: 'Indsatser',
      }),
    ).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toMatch(/^Indsatser – Partnerskabsaftale/));
    const list = new URL(requests.find((request) => request.url.includes('/activities'))!.url);
    expect(Object.fromEntries(list.searchParams)).toEqual({ page: '0', size: '100' });
  });

  it('reads every page, so a track is never split', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${ACTIVITIES}`]: (_request: Request, url: URL) =>
        url.searchParams.get('page') === '0'
          ? json(activityPage([activity()], { totalItems: 2, totalPages: 2 }))
          : json(activityPage([citizensMeeting()], { page: 1, totalItems: 2, totalPages: 2 })),
    });

    renderRoute(ACTIVITIES_PATH);

    const burglary = await screen.findByRole('table', {
      name: 'Indsatser i sporet »Indbrudsforebyggelse«',
    });
    expect(
      within(burglary)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Tryghedsvandringer', 'Borgermøder']);
    expect(requests.filter((request) => request.url.includes('/activities'))).toHaveLength(2);
  });

  it('says when there are no activities yet, and shows what went wrong when they cannot be read', async () => {
    let fail = true;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${ACTIVITIES}`]: () => (fail ? problem('internal', 500) : json(activityPage([]))),
    });
    const { user } = renderRoute(ACTIVITIES_PATH);

    expect(await screen.findByText(/Der opstod en fejl hos os/)).toBeVisible();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));

    expect(await screen.findByRole('heading', { name: 'Ingen indsatser' })).toBeVisible();
    expect(screen.getByText(/Opret den første med »Ny indsats«/)).toBeVisible();
  });

  it('adds an activity with every field of the table', async () => {
    let items: ActivityView[] = [nightRavens({ canEdit: true })];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${ACTIVITIES}`]: () => json(activityPage(items)),
      [`POST ${ACTIVITIES}`]: async (request: Request) => {
        const input = (await request.clone().json()) as ActivityInput;
        const created = activity({ title: input.title, track: input.track, canEdit: true });
        items = [created, ...items];
        return json(created, 201);
      },
      ...formRoutes(),
    });
    const { user } = renderRoute(ACTIVITIES_PATH);

    await user.click(await screen.findByRole('button', { name: 'Ny indsats' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny indsats' });
    await fill(
      user,
      within(dialog).getByRole('textbox', { name: 'Aktivitet' }),
      'Tryghedsvandringer',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Type' }),
      'Tryghedsvandring',
    );
    expect(within(dialog).getByRole('combobox', { name: 'Status' })).toHaveValue('PLANNED');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'I gang');
    const trackInput = within(dialog).getByRole('combobox', { name: 'Spor' });
    // The tracks in use are offered, so the activity lands in an existing table.
    const suggestions = document.getElementById(trackInput.getAttribute('list')!)!;
    expect([...suggestions.querySelectorAll('option')].map((option) => option.value)).toEqual([
      TRACK.communities,
    ]);
    await fill(user, trackInput, TRACK.burglary);
    await fill(
      user,
      within(dialog).getByRole('textbox', { name: 'Beskrivelse' }),
      'En tur rundt i lokalområdet.',
    );
    await fill(user, within(dialog).getByRole('textbox', { name: 'Ansvarlig' }), 'Lokalrådet');
    await user.selectOptions(
      await within(dialog).findByRole('combobox', { name: 'Ansvarlig organisation' }),
      'Herlev Kommune',
    );
    await fill(
      user,
      within(dialog).getByRole('textbox', { name: 'Målgruppe' }),
      'Grundejer-, beboer- og andelsforeninger',
    );
    await fill(
      user,
      within(dialog).getByRole('textbox', { name: 'Mål' }),
      'Flere aktive nabohjælpere i området',
    );
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Særligt fokus i arbejdsprogrammet' }),
    );
    await user.type(within(dialog).getByLabelText('Startdato'), '2026-03-01');
    await user.type(within(dialog).getByLabelText('Slutdato'), '2026-10-31');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Indsatsområde' }),
      '1. Anvendelse af risikoprofiler',
    );
    const goals = await within(dialog).findByRole('group', { name: 'Partnerskabets mål' });
    await user.click(within(goals).getByRole('checkbox', { name: 'Færre indbrud i private hjem' }));
    expect(goals).toHaveAccessibleDescription(/1 valgt\.$/);
    const indicators = await within(dialog).findByRole('group', { name: 'Indikatorer' });
    await user.click(within(indicators).getByRole('checkbox', { name: 'IND-02 Tryghedsindeks' }));

    await user.click(within(dialog).getByRole('button', { name: 'Opret indsats' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      title: 'Tryghedsvandringer',
      description: 'En tur rundt i lokalområdet.',
      kind: 'SAFETY_WALK',
      track: TRACK.burglary,
      focusAreaId: FOCUS_AREA.id,
      targetGroup: 'Grundejer-, beboer- og andelsforeninger',
      responsible: 'Lokalrådet',
      responsibleOrganisationId: ORG.herlev.id,
      intendedOutcome: 'Flere aktive nabohjælpere i området',
      specialFocus: true,
      startsOn: '2026-03-01',
      endsOn: '2026-10-31',
      status: 'ONGOING',
      goalIds: [GOAL_ID],
      indicatorIds: [SAFETY_ID],
    } satisfies ActivityInput);
    expect(await screen.findByText('Indsatsen »Tryghedsvandringer« er oprettet.')).toBeVisible();
    expect(
      await screen.findByRole('table', { name: 'Indsatser i sporet »Indbrudsforebyggelse«' }),
    ).toBeVisible();
  });

  it('checks the name and the period before sending anything', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${ACTIVITIES}`]: activityPage([]),
      ...formRoutes(),
    });
    const { user } = renderRoute(ACTIVITIES_PATH);

    await user.click(await screen.findByRole('button', { name: 'Ny indsats' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny indsats' });
    await user.type(within(dialog).getByLabelText('Startdato'), '2026-03-01');
    await user.type(within(dialog).getByLabelText('Slutdato'), '2026-02-28');
    await user.click(within(dialog).getByRole('button', { name: 'Opret indsats' }));

    expect(within(dialog).getByRole('textbox', { name: 'Aktivitet' })).toHaveAccessibleDescription(
      'Skriv aktivitetens navn med højst 300 tegn.',
    );
    expect(within(dialog).getByLabelText('Slutdato')).toHaveAccessibleDescription(
      'Slutdatoen må ikke ligge før startdatoen.',
    );
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('shows a CPR-number rejection on the field it was found in', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${ACTIVITIES}`]: activityPage([]),
      [`POST ${ACTIVITIES}`]: () =>
        problem('personal-data-rejected', 400, {
          violations: [{ field: 'targetGroup', in: 'body', message: 'looks like a CPR number' }],
        }),
      ...formRoutes(),
    });
    const { user } = renderRoute(ACTIVITIES_PATH);

    await user.click(await screen.findByRole('button', { name: 'Ny indsats' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny indsats' });
    await fill(
      user,
      within(dialog).getByRole('textbox', { name: 'Aktivitet' }),
      'Bekymringssamtaler',
    );
    await fill(user, within(dialog).getByRole('textbox', { name: 'Målgruppe' }), '010101-1234');
    await user.click(within(dialog).getByRole('button', { name: 'Opret indsats' }));

    expect(
      await within(dialog).findByRole('textbox', { name: 'Målgruppe' }),
    ).toHaveAccessibleDescription(/Feltet ser ud til at indeholde et CPR-nummer/);
    expect(
      within(dialog).getByText('Feltet »Målgruppe« ser ud til at indeholde et CPR-nummer.'),
    ).toBeVisible();
  });

  it('changes an activity against the version shown, and starts again from the newest after a conflict', async () => {
    let stored = activity({ canEdit: true });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${ACTIVITIES}`]: () => json(activityPage([stored])),
      [`GET ${ACTIVITY}`]: () => json(stored),
      [`PUT ${ACTIVITY}`]: async (request: Request) => {
        if (request.headers.get('If-Match') !== `"${stored.version}"`) {
          return problem('version-mismatch', 412);
        }
        const input = (await request.clone().json()) as ActivityInput;
        stored = { ...stored, status: input.status!, version: stored.version + 1 };
        return json(stored);
      },
      ...formRoutes(),
    });
    const { user } = renderRoute(ACTIVITIES_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Rediger indsatsen »Tryghedsvandringer«' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rediger indsats' });
    expect(within(dialog).getByRole('textbox', { name: 'Aktivitet' })).toHaveValue(
      'Tryghedsvandringer',
    );
    expect(
      within(dialog).getByRole('checkbox', { name: 'Særligt fokus i arbejdsprogrammet' }),
    ).toBeChecked();
    // Someone else changes the activity meanwhile.
    stored = { ...stored, intendedOutcome: 'Flere nabohjælpere', version: 4 };
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'Afsluttet');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    expect(await within(dialog).findByText('Ændringerne er ikke gemt')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Genindlæs' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Mål' })).toHaveValue(
        'Flere nabohjælpere',
      ),
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'Afsluttet');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(await puts[1].json()).toMatchObject({
      title: 'Tryghedsvandringer',
      status: 'COMPLETED',
      intendedOutcome: 'Flere nabohjælpere',
      goalIds: [GOAL_ID],
    });
    expect(await screen.findByText('Indsatsen »Tryghedsvandringer« er gemt.')).toBeVisible();
    expect(
      cells(track('Indsatser i sporet »Indbrudsforebyggelse«'), 'Tryghedsvandringer')[
        'Type og status'
      ],
    ).toHaveTextContent('Status: Afsluttet');
  });

  it('deletes an activity after asking', async () => {
    let items = [activity({ canEdit: true })];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${ACTIVITIES}`]: () => json(activityPage(items)),
      [`DELETE ${ACTIVITY}`]: () => {
        items = [];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderRoute(ACTIVITIES_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Slet indsatsen »Tryghedsvandringer«' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Slet indsats' });
    expect(dialog).toHaveTextContent(
      'Vil du slette indsatsen »Tryghedsvandringer«? Målene og indikatorerne, den er knyttet til, bevares.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Slet' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.find((request) => request.method === 'DELETE')!.headers.get('If-Match')).toBe(
      '"3"',
    );
    expect(await screen.findByText('Indsatsen »Tryghedsvandringer« er slettet.')).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Ingen indsatser' })).toBeVisible();
  });
});
