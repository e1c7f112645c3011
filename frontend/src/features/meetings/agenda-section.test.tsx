import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgendaItemView } from '../../api/types';
import { dragAndDrop } from '../../test/drag';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import { agendaItem, attendanceList, MEETING_ID, meetingView } from '../../test/meeting-fixtures';
import { renderRoute } from '../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEETING = `${DETAIL}/meetings/${MEETING_ID}`;
const ITEMS = `${MEETING}/agenda-items`;
const MEETING_PATH = `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`;
const DRAG_HINT = 'Træk for at flytte';

const APPROVAL = agendaItem();
const NEWS = agendaItem({
  id: '31000000-0000-4000-8000-000000000002',
  number: 2,
  title: 'Nyt fra parterne',
  version: 1,
});
const STATUS = agendaItem({
  id: '31000000-0000-4000-8000-000000000003',
  number: 3,
  title: 'Status på risikoprofiler',
  version: 4,
});

function agendaTitles(): string[] {
  const agenda = screen.getByRole('region', { name: 'Dagsorden' });
  return within(agenda)
    .getAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent ?? '');
}

function agendaItemOf(title: string): HTMLElement {
  const agenda = screen.getByRole('list', { name: 'Dagsorden' });
  return within(agenda).getByRole('heading', { level: 4, name: title }).closest('li')!;
}

function dragHandleOf(title: string): HTMLElement {
  return within(agendaItemOf(title)).getByTitle(DRAG_HINT);
}

function renumbered(items: AgendaItemView[]): AgendaItemView[] {
  return items.map((item, index) => ({ ...item, number: index + 1 }));
}

function meetingRoutes(agenda: AgendaItemView[], canEdit = true) {
  return {
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: canEdit ? 'SECRETARIAT' : 'MEMBER' }),
    [`GET ${MEETING}/attendance`]: attendanceList([]),
    [`GET ${MEETING}/agenda-suggestions`]: [],
    [`GET ${MEETING}`]: meetingView({ agenda, canEdit }),
  };
}

describe('AgendaSection drag and drop', () => {
  it('moves an item by dragging it, sending the whole new order once with If-Match of the meeting’s version', async () => {
    let agenda = [APPROVAL, NEWS, STATUS];
    let version = 2;
    const { requests } = fakeApi({
      ...meetingRoutes(agenda),
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
    renderRoute(MEETING_PATH);
    await screen.findByRole('heading', { level: 4, name: APPROVAL.title });

    dragAndDrop(dragHandleOf(APPROVAL.title), agendaItemOf(STATUS.title));

    await waitFor(() => expect(agendaTitles()).toEqual([NEWS.title, STATUS.title, APPROVAL.title]));
    expect(
      await screen.findByText('»Godkendelse af dagsorden« er nu punkt 3.'),
    ).toBeInTheDocument();
    const orders = requests.filter((request) => request.url.endsWith('/order'));
    expect(orders).toHaveLength(1);
    expect(await orders[0].json()).toEqual({ ids: [NEWS.id, STATUS.id, APPROVAL.id] });
    expect(orders[0].headers.get('If-Match')).toBe('"2"');

    // A second drag starts from the version the first one answered.
    dragAndDrop(dragHandleOf(STATUS.title), agendaItemOf(NEWS.title));

    await waitFor(() => expect(agendaTitles()).toEqual([STATUS.title, NEWS.title, APPROVAL.title]));
    expect(
      requests
        .filter((request) => request.url.endsWith('/order'))
        .map((request) => request.headers.get('If-Match')),
    ).toEqual(['"2"', '"3"']);
  });

  it('asks for a reload when the meeting changed before a drop', async () => {
    fakeApi({
      ...meetingRoutes([APPROVAL, NEWS]),
      [`PUT ${ITEMS}/order`]: () => problem('version-mismatch', 412),
    });
    const { user } = renderRoute(MEETING_PATH);
    await screen.findByRole('heading', { level: 4, name: APPROVAL.title });

    dragAndDrop(dragHandleOf(NEWS.title), agendaItemOf(APPROVAL.title));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede.',
    );
    expect(agendaTitles()).toEqual([APPROVAL.title, NEWS.title]);
    await user.click(screen.getByRole('button', { name: 'Genindlæs' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('shows no drag handles to a member', async () => {
    fakeApi(meetingRoutes([APPROVAL, NEWS, STATUS], false));
    renderRoute(MEETING_PATH);

    await screen.findByRole('heading', { level: 4, name: APPROVAL.title });
    expect(screen.queryByTitle(DRAG_HINT)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Flyt/ })).not.toBeInTheDocument();
  });
});
