import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItemView, DecisionInput, FollowUpInput, MeetingView } from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { HERLEV_ID, me, member, memberPage, ORG, partnership } from '../../../test/fixtures';
import {
  agendaItem,
  attendanceList,
  decision,
  followUp,
  MEETING_ID,
  meetingView,
} from '../../../test/meeting-fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEETING = `${DETAIL}/meetings/${MEETING_ID}`;
const MODE_PATH = `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}/referat`;

const APPROVAL = agendaItem();
const NEWS = agendaItem({
  id: '31000000-0000-4000-8000-000000000002',
  number: 2,
  title: 'Nyt fra parterne',
  kind: 'INFORMATION',
  version: 3,
});

function organisations() {
  return {
    items: [ORG.ballerup, ORG.herlev, ORG.politi].map((organisation) => ({
      ...organisation,
      active: true,
      version: 0,
    })),
    page: 0,
    size: 100,
    totalItems: 3,
    totalPages: 1,
  };
}

beforeEach(() => {
  // 13.42 in Copenhagen on the meeting's day.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-09T12:42:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('MeetingModePage', () => {
  it('goes item by item from the list, focusing the chosen item', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: meetingView({ status: 'AGENDA_PUBLISHED', agenda: [APPROVAL, NEWS] }),
    });
    const { user } = renderRoute(MODE_PATH);

    expect(
      await screen.findByRole('heading', { level: 3, name: 'Punkt 1: Godkendelse af dagsorden' }),
    ).toBeVisible();
    const items = screen.getByRole('navigation', { name: 'Dagsordenspunkter' });
    expect(
      within(items).getByRole('link', { name: '1. Godkendelse af dagsorden' }),
    ).toHaveAttribute('aria-current', 'step');
    await waitFor(() => expect(document.title).toMatch(/^Mødetilstand: Partnerskabsmøde/));

    await user.click(within(items).getByRole('link', { name: '2. Nyt fra parterne' }));

    const heading = await screen.findByRole('heading', {
      level: 3,
      name: 'Punkt 2: Nyt fra parterne',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      screen.queryByRole('heading', { name: 'Punkt 1: Godkendelse af dagsorden' }),
    ).not.toBeInTheDocument();
    expect(within(items).getByRole('link', { name: '2. Nyt fra parterne' })).toHaveAttribute(
      'aria-current',
      'step',
    );

    await user.click(screen.getByRole('button', { name: 'Forrige punkt' }));
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: 'Punkt 1: Godkendelse af dagsorden' }),
      ).toHaveFocus(),
    );
  });

  it('autosaves the minutes and keeps the typed text on a conflict', async () => {
    let current: MeetingView = meetingView({ status: 'AGENDA_PUBLISHED', agenda: [APPROVAL] });
    let version = 0;
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: () => json(current),
      [`PUT ${MEETING}/minutes/items/${APPROVAL.id}`]: async (request) => {
        if (request.headers.get('If-Match') !== `"${version}"`) {
          return problem('version-mismatch', 412);
        }
        const { minutes } = (await request.clone().json()) as { minutes: string };
        version += 1;
        const saved: AgendaItemView = { ...APPROVAL, minutes, version };
        current = { ...current, agenda: [saved] };
        return json(saved, 200, { ETag: `"${version}"` });
      },
    });
    const { user } = renderRoute(MODE_PATH);

    const field = await screen.findByRole('textbox', { name: 'Referat' });
    await user.click(field);
    await user.paste('Dagsordenen blev godkendt.');

    // Saved once typing has paused, without leaving the field.
    expect(await screen.findByText('Gemt kl. 13.42', undefined, { timeout: 4000 })).toBeVisible();
    expect(field).toHaveFocus();
    const first = requests.find((request) => request.method === 'PUT');
    expect(first?.headers.get('If-Match')).toBe('"0"');
    expect(await first?.json()).toEqual({ minutes: '<p>Dagsordenen blev godkendt.</p>' });

    // Someone else saves this item meanwhile.
    version = 5;
    current = {
      ...current,
      agenda: [{ ...APPROVAL, minutes: '<p>Formandens version.</p>', version: 5 }],
    };
    await user.paste(' Ingen bemærkninger.');
    await user.tab();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nogen har ændret dette, mens du redigerede.');
    expect(field).toHaveTextContent('Dagsordenen blev godkendt. Ingen bemærkninger.');
    expect(screen.getByText('Ikke gemt endnu')).toBeVisible();
    const puts = () => requests.filter((request) => request.method === 'PUT');
    expect(puts().map((request) => request.headers.get('If-Match'))).toEqual(['"0"', '"1"']);

    await user.click(within(alert).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() => expect(field).toHaveTextContent('Formandens version.'));
    expect(screen.getByRole('textbox', { name: 'Din tekst' })).toHaveValue(
      'Dagsordenen blev godkendt. Ingen bemærkninger.',
    );
    expect(screen.getByRole('button', { name: 'Kopiér din tekst' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Erstat med din tekst' }));
    await waitFor(() =>
      expect(field).toHaveTextContent('Dagsordenen blev godkendt. Ingen bemærkninger.'),
    );
    await user.click(field);
    await user.tab();

    await waitFor(() => expect(puts()).toHaveLength(3));
    expect(puts()[2].headers.get('If-Match')).toBe('"5"');
    expect(await screen.findByText('Gemt kl. 13.42')).toBeVisible();
  });

  it('records a decision and a follow-up for Ballerup Kommune', async () => {
    let item = APPROVAL;
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: () => json(meetingView({ status: 'HELD', agenda: [item] })),
      'GET /api/v1/organisations': organisations(),
      [`GET ${DETAIL}/members`]: memberPage([
        member(),
        member({
          id: '10000000-0000-4000-8000-0000000000a2',
          personId: '10000000-0000-4000-8000-0000000000b2',
          name: 'Bo Ballerup',
          organisation: ORG.ballerup,
        }),
      ]),
      [`POST ${MEETING}/minutes/decisions`]: async (request) => {
        const input = (await request.clone().json()) as DecisionInput;
        const created = decision({ agendaItemId: input.agendaItemId, text: input.text });
        item = { ...item, decisions: [created] };
        return json(created, 201);
      },
      [`POST ${MEETING}/minutes/follow-ups`]: async (request) => {
        const input = (await request.clone().json()) as FollowUpInput;
        const created = followUp({
          agendaItemId: input.agendaItemId,
          title: input.title,
          dueDate: input.dueDate ?? null,
        });
        item = { ...item, followUps: [created] };
        return json(created, 201);
      },
    });
    const { user } = renderRoute(MODE_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj beslutning' }));
    const decisionDialog = await screen.findByRole('dialog', { name: 'Tilføj beslutning' });
    await user.click(within(decisionDialog).getByRole('textbox', { name: 'Beslutning' }));
    await user.paste('Dagsordenen blev godkendt.');
    await user.click(within(decisionDialog).getByRole('button', { name: 'Tilføj beslutning' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const decisions = screen.getByRole('region', { name: 'Beslutninger' });
    expect(await within(decisions).findByText('Dagsordenen blev godkendt.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Tilføj opfølgningspunkt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj opfølgningspunkt' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Hvad skal gøres' }));
    await user.paste('Ballerup undersøger belysningen ved stationen');
    // Someone must be responsible.
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj opfølgningspunkt' }));
    expect(
      within(dialog).getByRole('combobox', { name: 'Ansvarlig organisation' }),
    ).toHaveAccessibleDescription('Vælg en ansvarlig organisation eller person.');
    const person = within(dialog).getByRole('combobox', { name: 'Ansvarlig person' });
    expect(
      within(person)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Ingen person',
      'Søren Holmgaard (Herlev Kommune)',
      'Bo Ballerup (Ballerup Kommune)',
    ]);
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Ansvarlig organisation' }),
      'Ballerup Kommune',
    );
    await user.type(within(dialog).getByLabelText(/^Frist/), '2027-05-31');
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj opfølgningspunkt' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const followUps = screen.getByRole('region', { name: 'Opfølgningspunkter' });
    expect(
      await within(followUps).findByText('Ballerup undersøger belysningen ved stationen'),
    ).toBeVisible();
    expect(within(followUps).getByText('Ansvarlig: Ballerup Kommune')).toBeVisible();
    expect(within(followUps).getByText('Frist: 31. maj 2027')).toBeVisible();

    const posted = requests.filter((request) => request.method === 'POST');
    expect(await posted[0].json()).toEqual({
      agendaItemId: APPROVAL.id,
      text: 'Dagsordenen blev godkendt.',
    });
    expect(await posted[1].json()).toEqual({
      agendaItemId: APPROVAL.id,
      title: 'Ballerup undersøger belysningen ved stationen',
      responsibleOrganisationId: ORG.ballerup.id,
      dueDate: '2027-05-31',
    });
  });

  it('marks the meeting as held from meeting mode', async () => {
    let current = meetingView({ status: 'AGENDA_PUBLISHED', agenda: [APPROVAL], version: 4 });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: () => json(current),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`POST ${MEETING}/held`]: () => {
        current = { ...current, status: 'HELD', version: 5 };
        return json(current);
      },
    });
    const { user } = renderRoute(MODE_PATH);

    await user.click(await screen.findByRole('button', { name: 'Markér som afholdt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Markér som afholdt' });
    await user.click(within(dialog).getByRole('button', { name: 'Markér som afholdt' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Mødets status er nu »Afholdt«.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Markér som afholdt' })).not.toBeInTheDocument();
    expect(requests.find((request) => request.url.endsWith('/held'))?.headers.get('If-Match')).toBe(
      '"4"',
    );
  });

  it('does not open before the meeting’s day', async () => {
    vi.setSystemTime(new Date('2027-03-08T12:00:00Z'));
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: meetingView({ status: 'AGENDA_PUBLISHED', agenda: [APPROVAL] }),
    });

    renderRoute(MODE_PATH);

    expect(
      await screen.findByText('Mødetilstand kan åbnes fra mødedagen, 9. marts 2027.'),
    ).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Referat' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Tilbage til mødet/ })).toHaveAttribute(
      'href',
      `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`,
    );
  });

  it('is for the chair and secretariat only', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${MEETING}`]: meetingView({
        status: 'AGENDA_PUBLISHED',
        agenda: [APPROVAL],
        canEdit: false,
      }),
    });

    renderRoute(MODE_PATH);

    expect(
      await screen.findByText('Kun partnerskabets formand og sekretariat kan skrive referatet.'),
    ).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Referat' })).not.toBeInTheDocument();
  });
});
