import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgendaRecipients } from '../../api/types';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import {
  agendaItem,
  attachment,
  attendanceList,
  MEETING_ID,
  meetingView,
} from '../../test/meeting-fixtures';
import { renderRoute } from '../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEETING = `${DETAIL}/meetings/${MEETING_ID}`;
const ITEMS = `${MEETING}/agenda-items`;
const MEETING_PATH = `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`;
const FILES_HINT = 'PDF, Word, Excel, PowerPoint, PNG eller JPEG, højst 10 MB.';

const APPROVAL = agendaItem({ durationMinutes: 5 });
const NEWS = agendaItem({
  id: '31000000-0000-4000-8000-000000000002',
  number: 2,
  title: 'Nyt fra parterne',
  durationMinutes: null,
  version: 1,
});
const STATUS = agendaItem({
  id: '31000000-0000-4000-8000-000000000003',
  number: 3,
  title: 'Status på risikoprofiler',
  durationMinutes: 100,
  attachments: [attachment()],
  version: 4,
});

function routes(
  meeting: ReturnType<typeof meetingView>,
  role: 'SECRETARIAT' | 'MEMBER' = 'SECRETARIAT',
) {
  return {
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: role }),
    [`GET ${MEETING}/attendance`]: attendanceList([]),
    [`GET ${MEETING}/agenda-suggestions`]: [],
    [`GET ${MEETING}`]: meeting,
  };
}

function itemOf(title: string): HTMLElement {
  const agenda = screen.getByRole('list', { name: 'Dagsorden' });
  return within(agenda).getByRole('heading', { level: 4, name: title }).closest('li')!;
}

describe('The agenda’s time plan', () => {
  it('gives each item its start in Copenhagen time and flags the items without a duration', async () => {
    fakeApi(routes(meetingView({ agenda: [APPROVAL, NEWS, STATUS] })));
    renderRoute(MEETING_PATH);

    await screen.findByRole('heading', { level: 4, name: APPROVAL.title });
    // The meeting starts at 13.00; the item without a duration takes no time.
    expect(within(itemOf(APPROVAL.title)).getByText('kl. 13.00')).toBeVisible();
    expect(within(itemOf(NEWS.title)).getByText('kl. 13.05')).toBeVisible();
    expect(within(itemOf(STATUS.title)).getByText('kl. 13.05')).toBeVisible();
    expect(within(itemOf(NEWS.title)).getByText('Uden varighed')).toBeVisible();
    expect(within(itemOf(STATUS.title)).queryByText('Uden varighed')).not.toBeInTheDocument();
    expect(screen.getByText('Dagsordenen varer 1 t 45 min af mødets 2 t.')).toBeVisible();
    expect(screen.getByText('1 punkt har ingen varighed og er regnet som 0 min.')).toBeVisible();
    expect(screen.queryByText(/længere end mødet/)).not.toBeInTheDocument();
  });

  it('warns when the agenda runs past the end of the meeting', async () => {
    fakeApi(
      routes(
        meetingView({
          durationMinutes: 90,
          agenda: [APPROVAL, { ...STATUS, number: 2 }],
        }),
      ),
    );
    renderRoute(MEETING_PATH);

    expect(
      await screen.findByText('Dagsordenen varer 1 t 45 min af mødets 1 t 30 min.'),
    ).toBeVisible();
    expect(
      screen.getByText(
        'Dagsordenen er 15 min længere end mødet. Kort punkterne ned, eller gør mødet længere.',
      ),
    ).toBeVisible();
  });
});

describe('A past meeting’s agenda', () => {
  it('is read-only and uncluttered once the meeting is held and its minutes published', async () => {
    fakeApi(
      routes(
        meetingView({
          status: 'HELD',
          agendaPublishedAt: '2027-03-01T09:30:00+01:00',
          minutesStatus: 'PUBLISHED',
          minutesPublishedAt: '2027-03-20T09:30:00+01:00',
          minutesVersion: 1,
          agenda: [APPROVAL, NEWS, STATUS],
        }),
      ),
    );
    renderRoute(MEETING_PATH);

    await screen.findByRole('heading', { level: 4, name: APPROVAL.title });
    expect(screen.queryByRole('button', { name: /^Handlinger/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Flyt/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tilføj punkt' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Kopiér dagsorden fra forrige møde' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Vedhæft fil/ })).not.toBeInTheDocument();
    expect(screen.queryByText(FILES_HINT)).not.toBeInTheDocument();
    // The files themselves are still there to read.
    expect(within(itemOf(STATUS.title)).getByText('Tryghedsmåling 2026.pdf')).toBeVisible();
  });

  it('still takes files, with the hint, but no item actions after the meeting while the minutes are drafted', async () => {
    fakeApi(
      routes(
        meetingView({
          status: 'HELD',
          agendaPublishedAt: '2027-03-01T09:30:00+01:00',
          agenda: [APPROVAL],
        }),
      ),
    );
    renderRoute(MEETING_PATH);

    await screen.findByRole('heading', { level: 4, name: APPROVAL.title });
    expect(screen.queryByRole('button', { name: /^Handlinger/ })).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Vedhæft fil til »Godkendelse af dagsorden«' }),
    ).toBeVisible();
    expect(screen.getByText(FILES_HINT)).toBeVisible();
  });

  it('gives a member neither actions nor the files hint on an open agenda', async () => {
    fakeApi(
      routes(
        meetingView({
          status: 'AGENDA_PUBLISHED',
          agendaPublishedAt: '2027-03-01T09:30:00+01:00',
          agenda: [APPROVAL],
          canEdit: false,
        }),
        'MEMBER',
      ),
    );
    renderRoute(MEETING_PATH);

    await screen.findByRole('heading', { level: 4, name: APPROVAL.title });
    expect(screen.queryByRole('button', { name: /^Handlinger/ })).not.toBeInTheDocument();
    expect(screen.queryByText(FILES_HINT)).not.toBeInTheDocument();
  });
});

describe('The item menu', () => {
  it('holds an open item’s edit and delete, named by the item’s number', async () => {
    fakeApi(routes(meetingView({ agenda: [APPROVAL, NEWS] })));
    const { user } = renderRoute(MEETING_PATH);

    const menu = await screen.findByRole('button', { name: 'Handlinger for punkt 2' });
    expect(within(itemOf(NEWS.title)).getByRole('button', { name: /^Handlinger/ })).toBe(menu);
    await user.click(menu);
    expect(
      await screen.findByRole('menuitem', { name: 'Rediger', hidden: true }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'Slet', hidden: true }));

    const dialog = await screen.findByRole('dialog', { name: 'Slet punkt' });
    expect(dialog).toHaveTextContent('Vil du slette punktet »Nyt fra parterne« fra dagsordenen?');
  });
});

describe('Copying the previous meeting’s agenda', () => {
  it('appends the previous meeting’s items to an empty agenda', async () => {
    let agenda: ReturnType<typeof agendaItem>[] = [];
    const { requests } = fakeApi({
      ...routes(meetingView()),
      [`GET ${MEETING}`]: () => json(meetingView({ agenda })),
      [`POST ${ITEMS}/copy-previous`]: () => {
        agenda = [APPROVAL, NEWS];
        return json(agenda);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    expect(await screen.findByText('Der er ingen punkter på dagsordenen endnu.')).toBeVisible();
    const copy = screen.getByRole('button', { name: 'Kopiér dagsorden fra forrige møde' });
    expect(copy).toHaveAccessibleDescription(expect.stringContaining('ikke referat, beslutninger'));
    await user.click(copy);

    expect(
      await screen.findByRole('heading', { level: 4, name: 'Nyt fra parterne' }),
    ).toBeVisible();
    expect(screen.getByText('Punkterne fra forrige møde er tilføjet.')).toBeInTheDocument();
    expect(requests.filter((request) => request.url.endsWith('/copy-previous'))).toHaveLength(1);
    // Copied once: a second copy would repeat every item, so it is no longer offered.
    expect(
      screen.queryByRole('button', { name: 'Kopiér dagsorden fra forrige møde' }),
    ).not.toBeInTheDocument();
  });

  it('says why nothing was copied when there is no earlier meeting to copy from', async () => {
    fakeApi({
      ...routes(meetingView({ agenda: [] })),
      [`POST ${ITEMS}/copy-previous`]: () => problem('invalid-state-transition', 409),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Kopiér dagsorden fra forrige møde' }),
    );

    expect(
      await screen.findByText(/Dagsordenen blev ikke kopieret: der er intet tidligere møde/),
    ).toBeVisible();
  });
});

describe('Sending the agenda', () => {
  it('lists who will get the e-mail, and who will not for want of an address, before it goes', async () => {
    const recipients: AgendaRecipients = {
      items: [
        {
          personId: '10000000-0000-4000-8000-0000000000b1',
          name: 'Lene Bøgh Andersen',
          organisation: {
            id: '20000000-0000-4000-8000-000000000001',
            name: 'Herlev Kommune',
            kind: 'KOMMUNE',
            cvr: null,
          },
        },
        {
          personId: '10000000-0000-4000-8000-0000000000b2',
          name: 'Søren Holmgaard',
          organisation: null,
        },
      ],
      withoutAddress: [
        { personId: '10000000-0000-4000-8000-0000000000b3', name: 'Per Post', organisation: null },
      ],
    };
    const { requests } = fakeApi({
      ...routes(meetingView({ agenda: [APPROVAL] })),
      [`GET ${MEETING}/agenda/recipients`]: recipients,
    });
    const { user } = renderRoute(MEETING_PATH);

    await screen.findByRole('heading', { level: 4, name: APPROVAL.title });
    expect(requests.some((request) => request.url.endsWith('/agenda/recipients'))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Udsend dagsorden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Udsend dagsorden' });

    const list = await within(dialog).findByRole('list', {
      name: 'Dagsordenen bliver sendt på mail til 2 medlemmer:',
    });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Lene Bøgh Andersen, Herlev Kommune', 'Søren Holmgaard']);
    expect(dialog).toHaveTextContent(
      '1 medlem får ingen mail, fordi portalen ikke kender en e-mailadresse: Per Post.',
    );
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Udsend' })).toBeEnabled(),
    );
  });
});
