import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommentView, MeetingView } from '../../../api/types';
import { fakeApi, json } from '../../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../../test/fixtures';
import {
  agendaItem,
  attendance,
  attendanceList,
  comment,
  MEETING_ID,
  meetingView,
} from '../../../test/meeting-fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEETING = `${DETAIL}/meetings/${MEETING_ID}`;
const MEETING_PATH = `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`;
const MODE_PATH = `${MEETING_PATH}/referat`;

const ITEM = agendaItem({ minutes: '<p>Dagsordenen blev godkendt.</p>' });
const OPEN_COMMENT = comment({ agendaItemId: ITEM.id });
const HANDLED_COMMENT = comment({
  id: '35000000-0000-4000-8000-000000000002',
  agendaItemId: ITEM.id,
  author: { id: '10000000-0000-4000-8000-0000000000b3', name: 'Pia Politi' },
  text: 'Politiet deltog også.',
  createdAt: '2027-03-12T10:00:00+01:00',
  handledAt: '2027-03-13T08:30:00+01:00',
  handledBy: { id: '10000000-0000-4000-8000-0000000000a1', name: 'Sara Sekretær' },
});

const IN_COMMENT = meetingView({
  status: 'HELD',
  agenda: [ITEM],
  minutesStatus: 'IN_COMMENT',
  minutesCommentDeadline: '2027-03-17',
  version: 9,
});
const REVISED: MeetingView = {
  ...IN_COMMENT,
  minutesStatus: 'DRAFT',
  minutesRevisedAt: '2027-03-14T09:00:00+01:00',
  version: 10,
};

/** The API's handling of one comment: marked handled by the caller, or not any more. */
function handledRoutes(comments: { current: CommentView[] }) {
  const mark = (handled: boolean) => (_request: Request, url: URL) => {
    const id = url.pathname.split('/').at(-2);
    const changed = comments.current.find((candidate) => candidate.id === id)!;
    const saved: CommentView = handled
      ? {
          ...changed,
          handledAt: '2027-03-14T10:00:00+01:00',
          handledBy: { id: me().id, name: 'Hanne Herlev' },
        }
      : { ...changed, handledAt: null, handledBy: null };
    comments.current = comments.current.map((candidate) =>
      candidate.id === id ? saved : candidate,
    );
    return json(saved);
  };
  return {
    [`PUT ${MEETING}/minutes/comments/${OPEN_COMMENT.id}/handled`]: mark(true),
    [`DELETE ${MEETING}/minutes/comments/${OPEN_COMMENT.id}/handled`]: mark(false),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-14T09:00:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Working the comments into the minutes', () => {
  it('takes minutes out for comments back to a draft, then offers to send again or approve', async () => {
    let current: MeetingView = IN_COMMENT;
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: () => json(current),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}/minutes/comments`]: [OPEN_COMMENT, HANDLED_COMMENT],
      [`POST ${MEETING}/minutes/revise`]: () => {
        current = REVISED;
        return json(current);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    expect(await screen.findByText('1 kommentar er ikke håndteret')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Indarbejd kommentarer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Indarbejd kommentarer' });
    await user.click(within(dialog).getByRole('button', { name: 'Tag referatet tilbage' }));

    expect(await screen.findByText('Referat: Kladde')).toBeVisible();
    const revise = requests.find((request) => request.url.endsWith('/minutes/revise'));
    expect(revise?.headers.get('If-Match')).toBe('"9"');
    expect(screen.getByRole('button', { name: 'Send til kommentering igen' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Godkend referatet' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Åbn mødetilstand' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Indarbejd kommentarer' })).not.toBeInTheDocument();
    // The comments stay beside the minutes while they are worked in.
    const [item] = within(screen.getByRole('list', { name: 'Dagsorden' })).getAllByRole('listitem');
    expect(within(item).getByText(OPEN_COMMENT.text)).toBeVisible();
  });

  it('marks a comment handled and back, and counts those not handled', async () => {
    const comments = { current: [OPEN_COMMENT, HANDLED_COMMENT] };
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: IN_COMMENT,
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}/minutes/comments`]: () => json(comments.current),
      ...handledRoutes(comments),
    });
    const { user } = renderRoute(MEETING_PATH);

    const list = await screen.findByRole('list', { name: 'Dagsorden' });
    const handled = await within(list).findByText(
      'Markeret som håndteret af Sara Sekretær, 13. marts 2027 kl. 08.30',
    );
    expect(handled).toBeVisible();
    const [open] = within(list).getAllByRole('checkbox', { name: 'Markér som håndteret' });
    expect(open).not.toBeChecked();
    expect(open).toHaveAccessibleDescription('Bo Ballerup, 12. marts 2027 kl. 09.15');

    await user.click(open);

    expect(await screen.findByText('Alle kommentarer er håndteret.')).toBeVisible();
    expect(
      within(list).getByText('Markeret som håndteret af Hanne Herlev, 14. marts 2027 kl. 10.00'),
    ).toBeVisible();
    await waitFor(() =>
      expect(
        within(list).getAllByRole('checkbox', { name: 'Markér som håndteret' })[0],
      ).toBeChecked(),
    );

    await user.click(within(list).getAllByRole('checkbox', { name: 'Markér som håndteret' })[0]);

    expect(await screen.findByText('1 kommentar er ikke håndteret')).toBeVisible();
    expect(
      requests.filter((request) => request.url.endsWith('/handled')).map((r) => r.method),
    ).toEqual(['PUT', 'DELETE']);
  });

  it('shows a member which comments are handled, without the toggle', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${MEETING}`]: { ...IN_COMMENT, canEdit: false },
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}/minutes/comments`]: [OPEN_COMMENT, HANDLED_COMMENT],
    });
    renderRoute(MEETING_PATH);

    expect(await screen.findByText('Håndteret')).toBeVisible();
    expect(
      screen.queryByRole('checkbox', { name: 'Markér som håndteret' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText(/ikke håndteret/)).not.toBeInTheDocument();
  });

  it('approves a revised draft at a meeting while the comment round’s deadline runs', async () => {
    let current: MeetingView = REVISED;
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${MEETING}`]: () => json(current),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}/minutes/comments`]: [HANDLED_COMMENT],
      [`POST ${MEETING}/minutes/approve`]: () => {
        current = { ...current, minutesStatus: 'APPROVED', minutesRevisedAt: null, version: 11 };
        return json(current);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Godkend referatet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Godkend referatet' });
    expect(dialog).toHaveTextContent('Kommentarfristen løber til og med 17. marts 2027.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Godkendt på et møde' }));
    await user.click(within(dialog).getByRole('button', { name: 'Godkend' }));

    expect(await screen.findByText('Referat: Godkendt')).toBeVisible();
    const approve = requests.find((request) => request.url.endsWith('/approve'));
    expect(approve?.headers.get('If-Match')).toBe('"10"');
    expect(await approve?.json()).toEqual({ atMeeting: true });
  });
});

describe('Meeting mode while the comments are worked in', () => {
  it('takes the minutes back from comments and opens them for writing', async () => {
    let current: MeetingView = IN_COMMENT;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: () => json(current),
      [`GET ${MEETING}/minutes/comments`]: [OPEN_COMMENT],
      [`POST ${MEETING}/minutes/revise`]: () => {
        current = REVISED;
        return json(current);
      },
    });
    const { user } = renderRoute(MODE_PATH);

    await user.click(await screen.findByRole('button', { name: 'Indarbejd kommentarer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Indarbejd kommentarer' });
    await user.click(within(dialog).getByRole('button', { name: 'Tag referatet tilbage' }));

    expect(await screen.findByRole('textbox', { name: 'Referat' })).toBeVisible();
    expect(
      await screen.findByRole('complementary', { name: 'Kommentarer til punktet' }),
    ).toBeVisible();
  });

  it('shows each item’s comments beside its minutes, to be marked handled', async () => {
    const comments = { current: [OPEN_COMMENT, HANDLED_COMMENT] };
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: REVISED,
      [`GET ${MEETING}/minutes/comments`]: () => json(comments.current),
      ...handledRoutes(comments),
    });
    const { user } = renderRoute(MODE_PATH);

    const aside = await screen.findByRole('complementary', { name: 'Kommentarer til punktet' });
    expect(within(aside).getByText('Bo Ballerup, 12. marts 2027 kl. 09.15')).toBeVisible();
    expect(within(aside).getByText(OPEN_COMMENT.text)).toBeVisible();
    expect(within(aside).getByText('Pia Politi, 12. marts 2027 kl. 10.00')).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Dagsordenspunkter' });
    expect(within(nav).getByText('1 kommentar er ikke håndteret')).toBeVisible();

    await user.click(within(aside).getAllByRole('checkbox', { name: 'Markér som håndteret' })[0]);

    expect(await screen.findByText('Alle kommentarer er håndteret.')).toBeVisible();
    expect(within(nav).queryByText(/ikke håndteret/)).not.toBeInTheDocument();
    expect(requests.some((request) => request.method === 'PUT')).toBe(true);
  });
});

describe('Attendance in meeting mode', () => {
  it('records who is present and absent without leaving meeting mode', async () => {
    const soeren = attendance({ response: 'ATTENDING' });
    const bo = attendance({
      id: '32000000-0000-4000-8000-000000000002',
      personId: '10000000-0000-4000-8000-0000000000b2',
      name: 'Bo Ballerup',
      response: 'APOLOGIES',
      reason: 'Ferie',
      version: 2,
    });
    let rows = [soeren, bo];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: meetingView({ status: 'HELD', agenda: [ITEM] }),
      [`GET ${MEETING}/attendance`]: () => json(attendanceList(rows)),
      [`PUT ${MEETING}/attendance/${soeren.id}`]: () => {
        rows = [{ ...soeren, presence: 'PRESENT', version: 1 }, rows[1]];
        return json(rows[0]);
      },
      [`PUT ${MEETING}/attendance/${bo.id}`]: () => {
        rows = [rows[0], { ...bo, presence: 'ABSENT', version: 3 }];
        return json(rows[1]);
      },
    });
    const { user, router } = renderRoute(MODE_PATH);

    const toggle = await screen.findByRole('button', { name: 'Registrér fremmøde' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Skjul fremmøde' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const register = await screen.findByRole('table', { name: 'Fremmøde' });
    await user.click(
      within(register).getByRole('button', { name: 'Søren Holmgaard er til stede' }),
    );
    await user.click(within(register).getByRole('button', { name: 'Bo Ballerup er fraværende' }));

    expect(await screen.findByText('1 til stede, 1 fraværende, 0 ikke registreret')).toBeVisible();
    expect(router.state.location.pathname).toBe(MODE_PATH);
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.headers.get('If-Match'))).toEqual(['"0"', '"2"']);
    expect(await puts[1].json()).toEqual({
      response: 'APOLOGIES',
      reason: 'Ferie',
      presence: 'ABSENT',
    });
    // The minutes are written on in the same place.
    expect(screen.getByRole('textbox', { name: 'Referat' })).toBeVisible();
  });

  it('invites the members of an ad-hoc meeting whose agenda never went out, then records presence', async () => {
    const soeren = attendance();
    let rows: (typeof soeren)[] = [];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: meetingView({ status: 'PLANNED', agenda: [ITEM] }),
      [`GET ${MEETING}/attendance`]: () => json(attendanceList(rows)),
      [`POST ${MEETING}/attendance/invite`]: () => {
        rows = [soeren];
        return json(attendanceList(rows));
      },
    });
    const { user } = renderRoute(MODE_PATH);

    await user.click(await screen.findByRole('button', { name: 'Registrér fremmøde' }));
    expect(
      await screen.findByText(/^Ingen er inviteret til mødet, så der er ikke noget fremmøde/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Inviter medlemmer' }));

    const register = await screen.findByRole('table', { name: 'Fremmøde' });
    expect(
      within(register).getByRole('button', { name: 'Søren Holmgaard er til stede' }),
    ).toBeVisible();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });
});
