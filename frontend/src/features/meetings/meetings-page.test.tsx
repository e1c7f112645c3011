import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingInput, MeetingSeriesInput } from '../../api/types';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import {
  attendanceList,
  followUpPage,
  meetingPage,
  meetingSummary,
  meetingView,
  meetingYear,
} from '../../test/meeting-fixtures';
import { renderRoute } from '../../test/render';
import { GROUP_ID, workingGroup, workingGroupPage } from '../../test/working-group-fixtures';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEETINGS = `${DETAIL}/meetings`;
const MEETINGS_PATH = `/partnerskaber/${HERLEV_ID}/moeder`;

const NEW_MEETING_ID = '30000000-0000-4000-8000-000000000009';

const SECOND = meetingSummary({
  id: '30000000-0000-4000-8000-000000000002',
  title: 'Partnerskabsmøde – 2. kvartal 2027',
  startsAt: '2027-06-15T13:00:00+02:00',
  durationMinutes: 90,
  place: null,
  onlineUrl: null,
  status: 'AGENDA_PUBLISHED',
});

function inputLabelled(container: HTMLElement, label: string): HTMLInputElement {
  return within(container).getByLabelText(new RegExp(`^${label}`));
}

function listItems(name: string): HTMLElement[] {
  return within(screen.getByRole('list', { name })).getAllByRole('listitem');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('MeetingsPage', () => {
  it('lists the upcoming meetings with Danish date and time, place, online link and status', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T10:00:00Z') });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${MEETINGS}`]: meetingPage([meetingSummary(), SECOND]),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [meetingYear({ year: 2026 }), meetingYear({ year: 2027 })],
    });

    renderRoute(MEETINGS_PATH);

    expect(await screen.findByRole('heading', { level: 2, name: 'Møder' })).toBeVisible();
    expect(await screen.findByText('2 møder')).toBeVisible();
    const [first, second] = listItems('Kommende møder');
    expect(
      within(first).getByRole('link', { name: 'Partnerskabsmøde – 1. kvartal 2027' }),
    ).toHaveAttribute('href', `${MEETINGS_PATH}/${meetingSummary().id}`);
    expect(first).toHaveTextContent('tirsdag 9. marts 2027 kl. 13.00–15.00');
    expect(first).toHaveTextContent('Sted: Herlev Rådhus, mødelokale 1');
    expect(
      within(first).getByRole('link', {
        name: 'Deltag online i »Partnerskabsmøde – 1. kvartal 2027«',
      }),
    ).toHaveAttribute('href', 'https://møde.example/partnerskab');
    expect(first).toHaveTextContent('Status: Planlagt');
    expect(second).toHaveTextContent('tirsdag 15. juni 2027 kl. 13.00–14.30');
    expect(second).toHaveTextContent('Status: Dagsorden udsendt');
    expect(within(second).queryByText(/^Sted/)).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Partnerskabet' })).getByRole('link', {
        name: 'Møder',
      }),
    ).toHaveAttribute('aria-current', 'page');
    const list = new URL(requests.find((request) => request.url.includes('/meetings?'))!.url);
    expect(Object.fromEntries(list.searchParams)).toEqual({
      from: '2026-11-25',
      sort: 'startsAt',
      page: '0',
      size: '20',
    });
    await waitFor(() =>
      expect(document.title).toMatch(/^Møder – Partnerskabsaftale for forebyggelse/),
    );
  });

  it('shows the past meetings, cancelled ones too, newest first, when asked to', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T10:00:00Z') });
    const cancelled = meetingSummary({
      id: '30000000-0000-4000-8000-000000000003',
      title: 'Partnerskabsmøde – 3. kvartal 2026',
      startsAt: '2026-09-08T13:00:00+02:00',
      status: 'CANCELLED',
    });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${MEETINGS}`]: (_request, url) =>
        json(meetingPage(url.searchParams.get('to') ? [cancelled] : [meetingSummary()])),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [],
    });
    const { user, router } = renderRoute(MEETINGS_PATH);

    await screen.findByRole('list', { name: 'Kommende møder' });
    await user.click(screen.getByRole('radio', { name: 'Tidligere' }));

    const [item] = await waitFor(() => listItems('Tidligere møder'));
    expect(item).toHaveTextContent('Partnerskabsmøde – 3. kvartal 2026');
    expect(item).toHaveTextContent('Status: Aflyst');
    expect(router.state.location.search).toBe('?vis=tidligere');
    const past = new URL(
      requests.filter((request) => request.url.includes('/meetings?')).pop()!.url,
    );
    expect(past.searchParams.get('to')).toBe('2026-11-24');
    expect(past.searchParams.get('sort')).toBe('-startsAt');
    expect(past.searchParams.has('from')).toBe(false);
  });

  it('says when no meetings are planned yet', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${MEETINGS}`]: meetingPage([]),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [],
    });

    renderRoute(MEETINGS_PATH);

    expect(await screen.findByText('Der er ingen planlagte møder endnu.')).toBeVisible();
  });

  it('shows what went wrong when the meetings cannot be read, and tries again', async () => {
    let fail = true;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${MEETINGS}`]: () => (fail ? problem('internal', 500) : json(meetingPage([]))),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [],
    });
    const { user } = renderRoute(MEETINGS_PATH);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Der opstod en fejl hos os.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));

    expect(await screen.findByText('Der er ingen planlagte møder endnu.')).toBeVisible();
  });

  it('warns those who plan the meetings about this year and coming ones below the agreement’s minimum', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T10:00:00Z') });
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETINGS}`]: meetingPage([meetingSummary()]),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [
        meetingYear({ year: 2025, meetings: 3, held: 3 }),
        meetingYear({ year: 2026, meetings: 2, held: 1 }),
        meetingYear({ year: 2027, meetings: 1, held: 0 }),
        meetingYear({ year: 2028, meetings: 4, held: 0 }),
      ],
    });

    renderRoute(MEETINGS_PATH);

    await screen.findByText('I 2026 er der planlagt 2 møder; aftalen kræver mindst 4.');
    const warnings = screen
      .getAllByRole('status')
      .map((status) => status.textContent)
      .filter((text) => text?.startsWith('I '));
    // 2025 is over and can no longer be put right, so it is not warned about.
    expect(warnings).toEqual([
      'I 2026 er der planlagt 2 møder; aftalen kræver mindst 4.',
      'I 2027 er der planlagt 1 møde; aftalen kræver mindst 4.',
    ]);
  });

  it('does not warn a member about the minimum, which they cannot act on', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T10:00:00Z') });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${MEETINGS}`]: meetingPage([meetingSummary()]),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [meetingYear({ year: 2026, meetings: 2, held: 1 })],
    });

    renderRoute(MEETINGS_PATH);

    expect(await screen.findByText('1 møde')).toBeVisible();
    expect(screen.queryByText(/aftalen kræver mindst/)).not.toBeInTheDocument();
    expect(requests.some((request) => request.url.endsWith('/meetings/years'))).toBe(false);
  });

  it.each([
    ['winter', '2027-03-09', '2027-03-09T13:00:00+01:00'],
    ['summer', '2027-06-15', '2027-06-15T13:00:00+02:00'],
  ])('plans a meeting in %s, sending the Copenhagen offset', async (_season, date, startsAt) => {
    let items = [meetingSummary()];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETINGS}`]: () => json(meetingPage(items)),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [],
      [`POST ${MEETINGS}`]: async (request) => {
        const input = (await request.clone().json()) as MeetingInput;
        const created = meetingSummary({
          ...input,
          id: NEW_MEETING_ID,
          place: input.place ?? null,
          onlineUrl: input.onlineUrl ?? null,
          version: 0,
        });
        items = [...items, created];
        return json(meetingView({ ...created, agenda: [] }), 201);
      },
      [`GET ${MEETINGS}/${NEW_MEETING_ID}`]: () =>
        json(meetingView({ ...items[items.length - 1], agenda: [] })),
      [`GET ${MEETINGS}/${NEW_MEETING_ID}/attendance`]: attendanceList([]),
      [`GET ${MEETINGS}/${NEW_MEETING_ID}/agenda-suggestions`]: [],
    });
    const { user } = renderRoute(MEETINGS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Planlæg møde' }));
    const dialog = await screen.findByRole('dialog', { name: 'Planlæg møde' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Titel' }));
    await user.paste('Ekstra møde');
    await user.type(inputLabelled(dialog, 'Dato'), date);
    await user.type(inputLabelled(dialog, 'Starttidspunkt'), '13:00');
    const duration = within(dialog).getByRole('textbox', { name: 'Varighed i minutter' });
    await user.clear(duration);
    await user.type(duration, '90');
    await user.click(within(dialog).getByRole('textbox', { name: 'Sted' }));
    await user.paste('Ballerup Rådhus');
    await user.click(within(dialog).getByRole('button', { name: 'Planlæg møde' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      title: 'Ekstra møde',
      startsAt,
      durationMinutes: 90,
      place: 'Ballerup Rådhus',
    });
    // The new meeting's page opens, where its agenda is built next.
    expect(await screen.findByRole('heading', { level: 2, name: 'Ekstra møde' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Dagsorden' })).toBeVisible();
  });

  it('labels the meetings of working groups with the group’s name', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T10:00:00Z') });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${MEETINGS}`]: meetingPage([
        meetingSummary({ workingGroupId: GROUP_ID }),
        SECOND,
        meetingSummary({
          id: '30000000-0000-4000-8000-000000000003',
          title: 'Arbejdsgruppemøde om tryghedsvandringer',
          workingGroupId: GROUP_ID,
        }),
      ]),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [],
      [`GET ${DETAIL}/working-groups`]: workingGroupPage([workingGroup()]),
    });

    renderRoute(MEETINGS_PATH);

    await screen.findByText('3 møder');
    const [first, second, third] = listItems('Kommende møder');
    expect(
      await within(first).findByText('Arbejdsgruppe: Arbejdsgruppe om tryghedsvandringer'),
    ).toBeVisible();
    expect(within(second).queryByText(/^Arbejdsgruppe/)).not.toBeInTheDocument();
    expect(
      within(third).getByText('Arbejdsgruppe: Arbejdsgruppe om tryghedsvandringer'),
    ).toBeVisible();
    expect(requests.filter((request) => request.url.includes('/working-groups'))).toHaveLength(1);
  });

  it('labels a working group’s meeting even when the groups cannot be read', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${MEETINGS}`]: meetingPage([meetingSummary({ workingGroupId: GROUP_ID })]),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [],
      [`GET ${DETAIL}/working-groups`]: () => problem('internal', 500),
    });

    renderRoute(MEETINGS_PATH);

    const [first] = await waitFor(() => listItems('Kommende møder'));
    expect(within(first).getByText('Arbejdsgruppemøde')).toBeVisible();
  });

  it('says which fields to fill in before it plans a meeting', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${MEETINGS}`]: meetingPage([]),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [],
    });
    const { user } = renderRoute(MEETINGS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Planlæg møde' }));
    const dialog = await screen.findByRole('dialog', { name: 'Planlæg møde' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Link til onlinemøde' }),
      'teams møde',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Planlæg møde' }));

    expect(within(dialog).getByRole('textbox', { name: 'Titel' })).toHaveAccessibleDescription(
      'Skriv en titel med højst 300 tegn.',
    );
    expect(inputLabelled(dialog, 'Dato')).toHaveAccessibleDescription('Vælg en dato.');
    expect(inputLabelled(dialog, 'Starttidspunkt')).toHaveAccessibleDescription(
      expect.stringContaining('Vælg et starttidspunkt.'),
    );
    expect(
      within(dialog).getByRole('textbox', { name: 'Link til onlinemøde' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Skriv et link, der begynder med'));
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('explains a CPR number the server rejected in the place', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETINGS}`]: meetingPage([]),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [],
      [`POST ${MEETINGS}`]: () =>
        problem('personal-data-rejected', 400, {
          violations: [{ field: 'place', in: 'body', message: 'looks like a CPR number' }],
        }),
    });
    const { user } = renderRoute(MEETINGS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Planlæg møde' }));
    const dialog = await screen.findByRole('dialog', { name: 'Planlæg møde' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Titel' }));
    await user.paste('Møde');
    await user.type(inputLabelled(dialog, 'Dato'), '2027-03-09');
    await user.type(inputLabelled(dialog, 'Starttidspunkt'), '13:00');
    await user.click(within(dialog).getByRole('textbox', { name: 'Sted' }));
    await user.paste('Hos 010190-1234');
    await user.click(within(dialog).getByRole('button', { name: 'Planlæg møde' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Sted' })).toHaveAccessibleDescription(
        expect.stringContaining(
          'Feltet ser ud til at indeholde et CPR-nummer. Der må ikke gemmes personoplysninger om borgere – beskriv grupper og antal i stedet.',
        ),
      ),
    );
  });

  it('previews the year’s meetings and plans them as one series', async () => {
    let items: ReturnType<typeof meetingSummary>[] = [];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETINGS}`]: () => json(meetingPage(items)),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [],
      [`POST ${MEETINGS}/series`]: () => {
        items = [meetingSummary(), { ...meetingSummary(), ...SECOND }];
        return json(items, 201);
      },
    });
    const { user } = renderRoute(MEETINGS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Planlæg årets møder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Planlæg årets møder' });
    expect(within(dialog).getByRole('textbox', { name: 'Titel' })).toHaveValue('Partnerskabsmøde');
    expect(
      within(dialog).getByText(
        'Vælg datoen for det første møde for at se, hvilke møder der bliver planlagt.',
      ),
    ).toBeVisible();
    await user.type(inputLabelled(dialog, 'Dato for første møde'), '2027-03-09');
    await user.click(within(dialog).getByRole('textbox', { name: 'Sted' }));
    await user.paste('Herlev Rådhus');

    const preview = within(dialog).getByRole('list', { name: 'Disse møder bliver planlagt' });
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'tirsdag 9. marts 2027 kl. 13.00 – Partnerskabsmøde – 1. kvartal 2027',
      'tirsdag 15. juni 2027 kl. 13.00 – Partnerskabsmøde – 2. kvartal 2027',
      'tirsdag 14. september 2027 kl. 13.00 – Partnerskabsmøde – 3. kvartal 2027',
      'tirsdag 14. december 2027 kl. 13.00 – Partnerskabsmøde – 4. kvartal 2027',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Planlæg 4 møder' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.method === 'POST');
    expect((await post?.json()) as MeetingSeriesInput).toEqual({
      title: 'Partnerskabsmøde',
      firstDate: '2027-03-09',
      startTime: '13:00:00',
      durationMinutes: 120,
      count: 4,
      monthsBetween: 3,
      place: 'Herlev Rådhus',
    });
    expect(await screen.findByText('2 møder')).toBeVisible();
  });

  it('marks the weeks that already have a meeting in the year’s preview and plans only the others', async () => {
    const existing = meetingSummary({
      id: '30000000-0000-4000-8000-000000000005',
      title: 'Temamøde om nattelivet',
      startsAt: '2027-06-17T10:00:00+02:00',
    });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETINGS}`]: meetingPage([existing]),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [],
      [`POST ${MEETINGS}/series`]: () => json([meetingSummary()], 201),
    });
    const { user } = renderRoute(MEETINGS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Planlæg årets møder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Planlæg årets møder' });
    await user.type(inputLabelled(dialog, 'Dato for første møde'), '2027-03-09');

    const preview = within(dialog).getByRole('list', { name: 'Disse møder bliver planlagt' });
    const second = within(preview).getAllByRole('listitem')[1];
    expect(await within(second).findByText('Findes allerede')).toBeVisible();
    expect(second).toHaveTextContent(
      'Ugen har allerede »Temamøde om nattelivet«, torsdag 17. juni 2027 kl. 10.00.',
    );
    expect(
      within(preview)
        .getAllByRole('listitem')
        .filter((item) => item.textContent?.includes('Findes allerede')),
    ).toHaveLength(1);
    // The meetings of the series' weeks were asked for: from the first one's Monday to the last one's Sunday.
    const between = requests
      .map((request) => new URL(request.url))
      .find((url) => url.pathname === MEETINGS && url.searchParams.get('from') === '2027-03-08');
    expect(between?.searchParams.get('to')).toBe('2027-12-19');

    await user.click(within(dialog).getByRole('button', { name: 'Planlæg 3 møder' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('plans nothing when every week of the series already has a meeting', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETINGS}`]: meetingPage([meetingSummary()]),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [],
    });
    const { user } = renderRoute(MEETINGS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Planlæg årets møder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Planlæg årets møder' });
    const count = within(dialog).getByRole('textbox', { name: 'Antal møder' });
    await user.clear(count);
    await user.type(count, '1');
    await user.type(inputLabelled(dialog, 'Dato for første møde'), '2027-03-10');

    expect(
      await within(dialog).findByText(
        'Alle ugerne har allerede et møde, så der er intet at planlægge.',
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Planlæg 0 møder' })).toBeDisabled();
  });

  it('gives a member no controls to plan meetings', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${MEETINGS}`]: meetingPage([meetingSummary()]),
      [`GET ${DETAIL}/follow-ups`]: followUpPage([]),
      [`GET ${MEETINGS}/years`]: [],
    });

    renderRoute(MEETINGS_PATH);

    expect(await screen.findByText('1 møde')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Planlæg møde' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Planlæg årets møder' })).not.toBeInTheDocument();
  });
});
