import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItemInput, AgendaItemView, MeetingView } from '../../api/types';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import { agendaItem, attendanceList, MEETING_ID, meetingView } from '../../test/meeting-fixtures';
import { renderRoute } from '../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEETING = `${DETAIL}/meetings/${MEETING_ID}`;
const ITEMS = `${MEETING}/agenda-items`;
const MEETING_PATH = `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`;

const [RISK] = partnership().focusAreas;

const APPROVAL = agendaItem();
const NEWS = agendaItem({
  id: '31000000-0000-4000-8000-000000000002',
  number: 2,
  title: 'Nyt fra parterne',
  background: '<p>Kort orientering fra <strong>kommunerne</strong> og politiet.</p>',
  kind: 'INFORMATION',
  presenter: null,
  durationMinutes: 20,
  version: 1,
});
const STATUS = agendaItem({
  id: '31000000-0000-4000-8000-000000000003',
  number: 3,
  title: 'Status på risikoprofiler',
  kind: 'DISCUSSION',
  presenter: 'Sekretariatet',
  durationMinutes: 30,
  focusArea: { id: RISK.id, number: RISK.number, title: RISK.title },
  changedAfterPublish: true,
  version: 4,
});

function agendaTitles(): string[] {
  const agenda = screen.getByRole('region', { name: 'Dagsorden' });
  return within(agenda)
    .queryAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent ?? '');
}

function agendaItems(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Dagsorden' })).getAllByRole('listitem');
}

/** An element whose whole text is `text`, though parts of it may sit in child elements. */
function byWholeText(text: string) {
  return (_content: string, element: Element | null) =>
    element?.textContent === text &&
    [...element.children].every((child) => child.textContent !== text);
}

function renumbered(items: AgendaItemView[]): AgendaItemView[] {
  return items.map((item, index) => ({ ...item, number: index + 1 }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('MeetingPage', () => {
  it('shows the meeting and its agenda in order, without controls for a member', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: meetingView({
        status: 'AGENDA_PUBLISHED',
        agendaPublishedAt: '2027-03-01T09:30:00+01:00',
        agenda: [APPROVAL, NEWS, STATUS],
        canEdit: false,
      }),
    });

    renderRoute(MEETING_PATH);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Partnerskabsmøde – 1. kvartal 2027' }),
    ).toBeVisible();
    expect(screen.getByText('tirsdag 9. marts 2027 kl. 13.00–15.00')).toBeVisible();
    expect(screen.getByText('Sted: Herlev Rådhus, mødelokale 1')).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Deltag online i »Partnerskabsmøde – 1. kvartal 2027«' }),
    ).toHaveAttribute('href', 'https://møde.example/partnerskab');
    expect(screen.getByText(byWholeText('Status: Dagsorden udsendt'))).toBeVisible();
    expect(screen.getByText('Dagsordenen blev udsendt 1. marts 2027 kl. 09.30.')).toBeVisible();

    const [approval, news, status] = agendaItems();
    expect(approval).toHaveAttribute('value', '1');
    expect(approval).toHaveTextContent('Godkendelse af dagsorden');
    expect(approval).toHaveTextContent('Type: Beslutning');
    expect(approval).toHaveTextContent('Oplægsholder:Formanden');
    expect(approval).toHaveTextContent('Varighed:5 min.');
    expect(news).toHaveTextContent('Type: Information');
    expect(within(news).getByText('kommunerne').tagName).toBe('STRONG');
    expect(news).not.toHaveTextContent('Oplægsholder');
    expect(status).toHaveAttribute('value', '3');
    expect(status).toHaveTextContent('Type: Drøftelse');
    expect(status).toHaveTextContent('Indsatsområde:1. Anvendelse af risikoprofiler');
    expect(within(status).getByText('Ændret efter udsendelse')).toBeVisible();
    expect(within(approval).queryByText('Ændret efter udsendelse')).not.toBeInTheDocument();

    expect(screen.queryByRole('button', { name: 'Tilføj punkt' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Brug standarddagsorden' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Handlinger/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Flyt/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ret mødet / flyt' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aflys mødet' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(document.title).toMatch(/^Partnerskabsmøde – 1. kvartal 2027 – Partnerskabsaftale/),
    );
  });

  it('says the meeting was not found', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
    });

    renderRoute(MEETING_PATH);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Mødet blev ikke fundet' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: /Tilbage til møderne/ })).toHaveAttribute(
      'href',
      `/partnerskaber/${HERLEV_ID}/moeder`,
    );
  });

  it('builds the agenda from the standard template', async () => {
    let agenda: AgendaItemView[] = [];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: () => json(meetingView({ agenda })),
      [`POST ${ITEMS}/template`]: () => {
        agenda = [APPROVAL, NEWS];
        return json(agenda);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    expect(await screen.findByText('Der er ingen punkter på dagsordenen endnu.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Brug standarddagsorden' }));

    await waitFor(() => expect(agendaTitles()).toEqual([APPROVAL.title, NEWS.title]));
    expect(screen.getByText('Standarddagsordenen er tilføjet.')).toBeInTheDocument();
    expect(requests.filter((request) => request.url.endsWith('/template'))).toHaveLength(1);
  });

  it('adds an item about a focus area', async () => {
    let agenda: AgendaItemView[] = [APPROVAL];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: () => json(meetingView({ agenda })),
      [`POST ${ITEMS}`]: async (request) => {
        const input = (await request.clone().json()) as AgendaItemInput;
        const created = agendaItem({
          id: '31000000-0000-4000-8000-000000000009',
          number: 2,
          title: input.title,
          kind: input.kind,
          presenter: input.presenter ?? null,
          durationMinutes: input.durationMinutes ?? null,
          background: input.background ?? null,
          focusArea: { id: RISK.id, number: RISK.number, title: RISK.title },
        });
        agenda = [...agenda, created];
        return json(created, 201);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj punkt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj punkt' });
    // A retired focus area is not offered for a new item.
    const focusArea = within(dialog).getByRole('combobox', { name: 'Indsatsområde' });
    expect(
      within(focusArea)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Intet indsatsområde', '1. Anvendelse af risikoprofiler']);
    await user.click(within(dialog).getByRole('textbox', { name: 'Titel' }));
    await user.paste('Tryghedsvandring');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type' }), 'Drøftelse');
    await user.click(within(dialog).getByRole('textbox', { name: 'Oplægsholder' }));
    await user.paste('Politiet');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Forventet varighed i minutter' }),
      '25',
    );
    await user.selectOptions(focusArea, '1. Anvendelse af risikoprofiler');
    await user.click(await within(dialog).findByRole('textbox', { name: 'Baggrund' }));
    await user.paste('Rapport fra vandringen.');
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj punkt' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(agendaTitles()).toEqual([APPROVAL.title, 'Tryghedsvandring']));
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      title: 'Tryghedsvandring',
      kind: 'DISCUSSION',
      presenter: 'Politiet',
      durationMinutes: 25,
      focusAreaId: RISK.id,
      background: '<p>Rapport fra vandringen.</p>',
    });
  });

  it('changes an item with If-Match of its version, and explains a CPR number in the background', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: meetingView({ agenda: [APPROVAL, STATUS] }),
      [`PUT ${ITEMS}/${STATUS.id}`]: () =>
        problem('personal-data-rejected', 400, {
          violations: [{ field: 'background', in: 'body', message: 'looks like a CPR number' }],
        }),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Handlinger for punkt 3' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Rediger', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Rediger punkt' });
    expect(within(dialog).getByRole('textbox', { name: 'Oplægsholder' })).toHaveValue(
      'Sekretariatet',
    );
    await user.click(await within(dialog).findByRole('textbox', { name: 'Baggrund' }));
    await user.paste('Drengen med cpr 010190-1234');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Baggrund' })).toHaveAccessibleDescription(
        expect.stringContaining('Feltet ser ud til at indeholde et CPR-nummer.'),
      ),
    );
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"4"');
    expect(await put?.json()).toEqual({
      title: STATUS.title,
      kind: 'DISCUSSION',
      presenter: 'Sekretariatet',
      durationMinutes: 30,
      focusAreaId: RISK.id,
      background: '<p>Drengen med cpr 010190-1234</p>',
    });
  });

  it('moves an item with the keyboard, with If-Match of the meeting’s version, and says where it went', async () => {
    let agenda = [APPROVAL, NEWS, STATUS];
    let version = 2;
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: () => json(meetingView({ agenda, version })),
      [`PUT ${ITEMS}/order`]: async (request) => {
        if (request.headers.get('If-Match') !== `"${version}"`) {
          return problem('version-mismatch', 412);
        }
        const { ids } = (await request.clone().json()) as { ids: string[] };
        const byId = new Map(agenda.map((item) => [item.id, item]));
        agenda = renumbered(ids.map((id) => byId.get(id)!));
        version += 1;
        return json(agenda, 200, { ETag: `"${version}"` });
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    const up = await screen.findByRole('button', { name: 'Flyt op »Status på risikoprofiler«' });
    expect(
      screen.getByRole('button', { name: 'Flyt op »Godkendelse af dagsorden«' }),
    ).toBeDisabled();
    up.focus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(agendaTitles()).toEqual([APPROVAL.title, STATUS.title, NEWS.title]));
    expect(
      await screen.findByText('»Status på risikoprofiler« er nu punkt 2.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Flyt op »Status på risikoprofiler«' }),
    ).toHaveFocus();
    const order = requests.find((request) => request.url.endsWith('/order'));
    expect(await order?.json()).toEqual({ ids: [APPROVAL.id, STATUS.id, NEWS.id] });
    expect(order?.headers.get('If-Match')).toBe('"2"');

    await user.keyboard('{Enter}');

    await waitFor(() => expect(agendaTitles()).toEqual([STATUS.title, APPROVAL.title, NEWS.title]));
    // The second move is based on the version the first one answered, not a stale one.
    const orders = requests.filter((request) => request.url.endsWith('/order'));
    expect(orders.map((request) => request.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Flyt ned »Status på risikoprofiler«' }),
      ).toHaveFocus(),
    );
  });

  it('asks for a reload when the meeting changed before a move', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}/agenda-suggestions`]: [],
      [`GET ${MEETING}`]: meetingView({ agenda: [APPROVAL, NEWS] }),
      [`PUT ${ITEMS}/order`]: () => problem('version-mismatch', 412),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Flyt ned »Godkendelse af dagsorden«' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede.',
    );
    expect(screen.getByRole('button', { name: 'Genindlæs' })).toBeVisible();
  });

  it('deletes an item after asking, with If-Match of its version, and can undo it', async () => {
    let agenda = [APPROVAL, NEWS, STATUS];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: () => json(meetingView({ agenda })),
      [`DELETE ${ITEMS}/${NEWS.id}`]: () => {
        agenda = renumbered([APPROVAL, STATUS]);
        return new Response(null, { status: 204 });
      },
      [`POST ${ITEMS}/${NEWS.id}/restore`]: () => {
        agenda = renumbered([APPROVAL, STATUS, NEWS]);
        return json(agenda[2]);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Handlinger for punkt 2' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Slet', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Slet punkt' });
    expect(dialog).toHaveTextContent('Vil du slette punktet »Nyt fra parterne« fra dagsordenen?');
    await user.click(within(dialog).getByRole('button', { name: 'Slet' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(agendaTitles()).toEqual([APPROVAL.title, STATUS.title]));
    const deletion = requests.find((request) => request.method === 'DELETE');
    expect(deletion?.headers.get('If-Match')).toBe('"1"');
    expect(screen.getByText('Punktet »Nyt fra parterne« er slettet.')).toBeVisible();
    const undo = screen.getByRole('button', { name: 'Fortryd sletningen af »Nyt fra parterne«' });
    await waitFor(() => expect(undo).toHaveFocus());

    await user.click(undo);

    await waitFor(() => expect(agendaTitles()).toEqual([APPROVAL.title, STATUS.title, NEWS.title]));
    expect(
      screen.getByText('Punktet »Nyt fra parterne« er tilbage, sidst på dagsordenen.'),
    ).toBeInTheDocument();
  });

  it('sends the agenda after asking, with If-Match of the meeting’s version', async () => {
    let current: MeetingView = meetingView({ agenda: [APPROVAL, NEWS], version: 5 });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: () => json(current),
      [`GET ${MEETING}/agenda/recipients`]: { items: [], withoutAddress: [] },
      [`POST ${MEETING}/publish`]: () => {
        current = {
          ...current,
          status: 'AGENDA_PUBLISHED',
          agendaPublishedAt: '2027-03-01T09:30:00+01:00',
          version: 6,
        };
        return json(current);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Udsend dagsorden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Udsend dagsorden' });
    expect(dialog).toHaveTextContent('Dagsordenen bliver markeret som udsendt');
    await user.click(within(dialog).getByRole('button', { name: 'Udsend' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(byWholeText('Status: Dagsorden udsendt'))).toBeVisible();
    expect(screen.getByText('Dagsordenen blev udsendt 1. marts 2027 kl. 09.30.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Udsend dagsorden' })).not.toBeInTheDocument();
    const publish = requests.find((request) => request.url.endsWith('/publish'));
    expect(publish?.headers.get('If-Match')).toBe('"5"');
  });

  it('explains that an empty agenda cannot be sent', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: meetingView({ agenda: [] }),
    });

    renderRoute(MEETING_PATH);

    const publish = await screen.findByRole('button', { name: 'Udsend dagsorden' });
    expect(publish).toBeDisabled();
    expect(publish).toHaveAccessibleDescription(
      'Dagsordenen har ingen punkter endnu. Tilføj mindst ét punkt, før du udsender den.',
    );
  });

  it('says why the agenda could not be sent when the server refuses it', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: meetingView({ agenda: [APPROVAL] }),
      [`GET ${MEETING}/agenda/recipients`]: { items: [], withoutAddress: [] },
      [`POST ${MEETING}/publish`]: () => problem('invalid-state-transition', 409),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Udsend dagsorden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Udsend dagsorden' });
    await user.click(within(dialog).getByRole('button', { name: 'Udsend' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Dagsordenen kan ikke udsendes nu. Den skal have mindst ét punkt',
    );
    expect(within(alert).getByRole('button', { name: 'Genindlæs' })).toBeVisible();
  });

  it('shows the conflict when the meeting changed before the agenda was sent, and reloads', async () => {
    let current = meetingView({ agenda: [APPROVAL], version: 5 });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: () => json(current),
      [`GET ${MEETING}/agenda/recipients`]: { items: [], withoutAddress: [] },
      [`POST ${MEETING}/publish`]: () => problem('version-mismatch', 412),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Udsend dagsorden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Udsend dagsorden' });
    current = { ...current, title: 'Flyttet møde', version: 6 };
    await user.click(within(dialog).getByRole('button', { name: 'Udsend' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede. Genindlæs for at se den nyeste version – dine ændringer er ikke gemt.',
    );
    await user.click(within(alert).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('heading', { level: 2, name: 'Flyttet møde' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Udsend dagsorden' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Udsend dagsorden' })).getByRole('button', {
        name: 'Udsend',
      }),
    );
    await waitFor(() =>
      expect(
        requests
          .filter((request) => request.url.endsWith('/publish'))
          .map((request) => request.headers.get('If-Match')),
      ).toEqual(['"5"', '"6"']),
    );
  });

  it('moves the meeting to a summer date with If-Match of its version', async () => {
    let current = meetingView({ agenda: [APPROVAL] });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: () => json(current),
      [`PUT ${MEETING}`]: async (request) => {
        current = meetingView({
          ...(await request.clone().json()),
          agenda: [APPROVAL],
          version: 3,
        });
        return json(current);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Ret mødet / flyt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ret mødet / flyt' });
    const date = within(dialog).getByLabelText(/^Dato/);
    expect(date).toHaveValue('2027-03-09');
    expect(within(dialog).getByLabelText(/^Starttidspunkt/)).toHaveValue('13:00');
    await user.clear(date);
    await user.type(date, '2027-04-06');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(await put?.json()).toEqual({
      title: 'Partnerskabsmøde – 1. kvartal 2027',
      startsAt: '2027-04-06T13:00:00+02:00',
      durationMinutes: 120,
      place: 'Herlev Rådhus, mødelokale 1',
      onlineUrl: 'https://møde.example/partnerskab',
    });
    expect(await screen.findByText('tirsdag 6. april 2027 kl. 13.00–15.00')).toBeVisible();
  });

  it('cancels the meeting with a reason', async () => {
    let current = meetingView({ agenda: [APPROVAL] });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: () => json(current),
      [`POST ${MEETING}/cancel`]: () => {
        current = {
          ...current,
          status: 'CANCELLED',
          cancellationReason: 'Flyttes på grund af valget.',
          version: 3,
        };
        return json(current);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Aflys mødet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Aflys mødet' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Årsag' }));
    await user.paste('Flyttes på grund af valget.');
    await user.click(within(dialog).getByRole('button', { name: 'Aflys mødet' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByText('Mødet er aflyst. Årsag: Flyttes på grund af valget.'),
    ).toBeVisible();
    const cancel = requests.find((request) => request.url.endsWith('/cancel'));
    expect(cancel?.headers.get('If-Match')).toBe('"2"');
    expect(await cancel?.json()).toEqual({ reason: 'Flyttes på grund af valget.' });
    // A cancelled meeting can no longer change.
    expect(screen.queryByRole('button', { name: 'Tilføj punkt' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ret mødet / flyt' })).not.toBeInTheDocument();
  });

  it('marks the meeting as held once its day has come', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-09T08:00:00Z') });
    let current = meetingView({ agenda: [APPROVAL], status: 'AGENDA_PUBLISHED', version: 7 });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: () => json(current),
      [`POST ${MEETING}/held`]: () => {
        current = { ...current, status: 'HELD', version: 8 };
        return json(current);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Markér som afholdt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Markér som afholdt' });
    await user.click(within(dialog).getByRole('button', { name: 'Markér som afholdt' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(byWholeText('Status: Afholdt'))).toBeVisible();
    const held = requests.find((request) => request.url.endsWith('/held'));
    expect(held?.headers.get('If-Match')).toBe('"7"');
  });

  it('does not offer to mark the meeting as held before its day', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-08T22:30:00Z') });
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}`]: meetingView({ agenda: [APPROVAL], status: 'AGENDA_PUBLISHED' }),
    });

    renderRoute(MEETING_PATH);

    expect(await screen.findByText('Mødet kan markeres som afholdt fra mødedagen.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Markér som afholdt' })).not.toBeInTheDocument();
  });
});
