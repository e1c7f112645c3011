import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommentView, MeetingView } from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../../test/fixtures';
import {
  agendaItem,
  attendance,
  attendanceList,
  comment,
  decision,
  followUp,
  MEETING_ID,
  meetingView,
} from '../../../test/meeting-fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEETING = `${DETAIL}/meetings/${MEETING_ID}`;
const MEETING_PATH = `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`;

/** Someone recorded as present: sending asks nothing about the attendance. */
const PRESENT = attendanceList([attendance({ response: 'ATTENDING', presence: 'PRESENT' })]);

const WRITTEN = agendaItem({
  minutes: '<p>Dagsordenen blev <strong>godkendt</strong>.</p>',
  decisions: [decision()],
  followUps: [
    followUp({
      responsiblePerson: { id: '10000000-0000-4000-8000-0000000000b2', name: 'Bo Ballerup' },
      overdue: true,
      dueDate: '2027-03-01',
    }),
  ],
});

afterEach(() => {
  vi.useRealTimers();
});

describe('The minutes on the meeting page', () => {
  it('shows a member the minutes per item, read only', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-20T10:00:00Z') });
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${MEETING}`]: meetingView({
        status: 'HELD',
        agenda: [WRITTEN],
        minutesStatus: 'PUBLISHED',
        minutesCommentDeadline: '2027-03-17',
        minutesApprovedAt: '2027-03-18T09:00:00+01:00',
        minutesPublishedAt: '2027-03-18T10:30:00+01:00',
        canEdit: false,
      }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}/minutes/comments`]: [],
    });

    renderRoute(MEETING_PATH);

    expect(await screen.findByText('Referat: Offentliggjort')).toBeVisible();
    expect(
      screen.getByText('Referatet blev offentliggjort 18. marts 2027 kl. 10.30.'),
    ).toBeVisible();
    const [item] = within(screen.getByRole('list', { name: 'Dagsorden' })).getAllByRole('listitem');
    expect(within(item).getByRole('heading', { level: 5, name: 'Referat' })).toBeVisible();
    expect(within(item).getByText('godkendt').tagName).toBe('STRONG');
    expect(within(item).getByText('Dagsordenen blev godkendt.')).toBeVisible();
    expect(item).toHaveTextContent('Ansvarlig: Ballerup Kommune, Bo Ballerup');
    expect(item).toHaveTextContent('Overskredet');
    expect(screen.queryByRole('link', { name: 'Åbn mødetilstand' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Kommenter/ })).not.toBeInTheDocument();
  });

  it('opens meeting mode for the secretariat from the meeting’s day', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-09T08:00:00Z') });
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: meetingView({ status: 'AGENDA_PUBLISHED', agenda: [agendaItem()] }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
    });
    const { user, router } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('link', { name: 'Åbn mødetilstand' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Mødetilstand' })).toBeVisible();
    expect(router.state.location.pathname).toBe(`${MEETING_PATH}/referat`);
  });

  it('sends the minutes for comments with a deadline a week ahead', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-10T09:00:00Z') });
    let current: MeetingView = meetingView({ status: 'HELD', agenda: [WRITTEN], version: 7 });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: () => json(current),
      [`GET ${MEETING}/attendance`]: PRESENT,
      [`GET ${MEETING}/minutes/comments`]: [],
      [`POST ${MEETING}/minutes/send`]: async (request) => {
        const { commentDeadline } = (await request.clone().json()) as { commentDeadline: string };
        current = {
          ...current,
          minutesStatus: 'IN_COMMENT',
          minutesCommentDeadline: commentDeadline,
          version: 8,
        };
        return json(current);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    expect(await screen.findByText('Referat: Kladde')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Send til kommentering' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send til kommentering' });
    expect(within(dialog).getByLabelText(/^Frist for kommentarer/)).toHaveValue('2027-03-17');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Referat: Til kommentering')).toBeVisible();
    expect(
      screen.getByText(
        'Referatet er sendt til kommentering. Medlemmerne kan kommentere til og med 17. marts 2027.',
      ),
    ).toBeVisible();
    expect(screen.getByText('Referatets status er nu »Til kommentering«.')).toBeInTheDocument();
    const send = requests.find((request) => request.url.endsWith('/minutes/send'));
    expect(send?.headers.get('If-Match')).toBe('"7"');
    expect(await send?.json()).toEqual({ commentDeadline: '2027-03-17' });
    expect(screen.queryByRole('link', { name: 'Åbn mødetilstand' })).not.toBeInTheDocument();
  });

  it('refuses a deadline before today', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-10T09:00:00Z') });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: meetingView({ status: 'HELD', agenda: [WRITTEN] }),
      [`GET ${MEETING}/attendance`]: PRESENT,
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Send til kommentering' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send til kommentering' });
    const deadline = within(dialog).getByLabelText(/^Frist for kommentarer/);
    await user.clear(deadline);
    await user.type(deadline, '2027-03-09');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));

    expect(deadline).toHaveAccessibleDescription(
      expect.stringContaining('Fristen kan ikke ligge før i dag.'),
    );
    expect(requests.some((request) => request.url.endsWith('/minutes/send'))).toBe(false);
  });

  it('a member comments on an item while the minutes are out for comments', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-12T10:00:00Z') });
    let comments: CommentView[] = [comment()];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${MEETING}`]: meetingView({
        status: 'HELD',
        agenda: [WRITTEN],
        minutesStatus: 'IN_COMMENT',
        minutesCommentDeadline: '2027-03-17',
        canEdit: false,
      }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}/minutes/comments`]: () => json(comments),
      [`POST ${MEETING}/minutes/comments`]: async (request) => {
        const input = (await request.clone().json()) as { agendaItemId: string; text: string };
        const created = comment({
          id: '35000000-0000-4000-8000-000000000002',
          agendaItemId: input.agendaItemId,
          author: { id: me().id, name: 'Hanne Herlev' },
          text: input.text,
          createdAt: '2027-03-12T11:00:00+01:00',
        });
        comments = [...comments, created];
        return json(created, 201);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    const [item] = within(await screen.findByRole('list', { name: 'Dagsorden' })).getAllByRole(
      'listitem',
    );
    expect(await within(item).findByText('Bo Ballerup, 12. marts 2027 kl. 09.15')).toBeVisible();
    await user.click(
      within(item).getByRole('button', {
        name: 'Kommenter referatet af »Godkendelse af dagsorden«',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Kommenter »Godkendelse af dagsorden«',
    });
    await user.click(within(dialog).getByRole('textbox', { name: 'Kommentar' }));
    await user.paste('Herlev ønsker mødedatoen rettet.');
    await user.click(within(dialog).getByRole('button', { name: 'Send kommentar' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(item).findByText('Herlev ønsker mødedatoen rettet.')).toBeVisible();
    expect(within(item).getByText('Hanne Herlev, 12. marts 2027 kl. 11.00')).toBeVisible();
    expect(
      screen.getByText('Din kommentar til »Godkendelse af dagsorden« er sendt.'),
    ).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      agendaItemId: WRITTEN.id,
      text: 'Herlev ønsker mødedatoen rettet.',
    });
  });

  it('offers no comments after the deadline', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-18T10:00:00Z') });
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${MEETING}`]: meetingView({
        status: 'HELD',
        agenda: [WRITTEN],
        minutesStatus: 'IN_COMMENT',
        minutesCommentDeadline: '2027-03-17',
        canEdit: false,
      }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}/minutes/comments`]: [comment()],
    });

    renderRoute(MEETING_PATH);

    expect(await screen.findByText('Bo Ballerup, 12. marts 2027 kl. 09.15')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Kommenter/ })).not.toBeInTheDocument();
  });

  it('approves the minutes at a meeting before the deadline', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-12T10:00:00Z') });
    let current: MeetingView = meetingView({
      status: 'HELD',
      agenda: [WRITTEN],
      minutesStatus: 'IN_COMMENT',
      minutesCommentDeadline: '2027-03-17',
      version: 9,
    });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${MEETING}`]: () => json(current),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}/minutes/comments`]: [],
      [`POST ${MEETING}/minutes/approve`]: () => {
        current = {
          ...current,
          minutesStatus: 'APPROVED',
          minutesApprovedAt: '2027-03-12T11:00:00+01:00',
          version: 10,
        };
        return json(current);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Godkend referatet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Godkend referatet' });
    expect(dialog).toHaveTextContent('Kommentarfristen løber til og med 17. marts 2027.');
    await user.click(within(dialog).getByRole('button', { name: 'Godkend' }));
    const atMeeting = within(dialog).getByRole('checkbox', { name: 'Godkendt på et møde' });
    expect(atMeeting).toHaveAccessibleDescription(
      expect.stringContaining('Sæt flueben, hvis referatet er godkendt på et møde.'),
    );
    expect(requests.some((request) => request.url.endsWith('/approve'))).toBe(false);

    await user.click(atMeeting);
    await user.click(within(dialog).getByRole('button', { name: 'Godkend' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Referat: Godkendt')).toBeVisible();
    expect(screen.getByText('Referatet blev godkendt 12. marts 2027 kl. 11.00.')).toBeVisible();
    const approve = requests.find((request) => request.url.endsWith('/approve'));
    expect(approve?.headers.get('If-Match')).toBe('"9"');
    expect(await approve?.json()).toEqual({ atMeeting: true });
    expect(screen.getByRole('button', { name: 'Offentliggør referatet' })).toBeVisible();
  });

  it('approves after the deadline without asking about a meeting, and publishes', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-18T10:00:00Z') });
    let current: MeetingView = meetingView({
      status: 'HELD',
      agenda: [WRITTEN],
      minutesStatus: 'IN_COMMENT',
      minutesCommentDeadline: '2027-03-17',
      version: 9,
    });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: () => json(current),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}/minutes/comments`]: [],
      [`POST ${MEETING}/minutes/approve`]: () => {
        current = { ...current, minutesStatus: 'APPROVED', version: 10 };
        return json(current);
      },
      [`POST ${MEETING}/minutes/publish`]: () => {
        current = {
          ...current,
          minutesStatus: 'PUBLISHED',
          minutesPublishedAt: '2027-03-18T11:30:00+01:00',
          version: 11,
        };
        return json(current);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Godkend referatet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Godkend referatet' });
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Godkend' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(await screen.findByRole('button', { name: 'Offentliggør referatet' }));
    const publish = await screen.findByRole('dialog', { name: 'Offentliggør referatet' });
    await user.click(within(publish).getByRole('button', { name: 'Offentliggør' }));

    expect(await screen.findByText('Referat: Offentliggjort')).toBeVisible();
    const approve = requests.find((request) => request.url.endsWith('/approve'));
    expect(await approve?.json()).toEqual({});
    const published = requests.find((request) => request.url.endsWith('/publish'));
    expect(published?.headers.get('If-Match')).toBe('"10"');
  });

  it('explains a refused approval and reloads the meeting', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-18T10:00:00Z') });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: meetingView({
        status: 'HELD',
        agenda: [WRITTEN],
        minutesStatus: 'IN_COMMENT',
        minutesCommentDeadline: '2027-03-17',
      }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`GET ${MEETING}/minutes/comments`]: [],
      [`POST ${MEETING}/minutes/approve`]: () => problem('invalid-state-transition', 409),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Godkend referatet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Godkend referatet' });
    await user.click(within(dialog).getByRole('button', { name: 'Godkend' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Referatet kan ikke godkendes nu.');
    const reads = requests.filter((request) => request.url.endsWith(MEETING_ID)).length;
    await user.click(within(alert).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.filter((request) => request.url.endsWith(MEETING_ID)).length).toBeGreaterThan(
      reads,
    );
  });
});

describe('Sending the minutes with nobody recorded as present', () => {
  const SOEREN = attendance({ response: 'ATTENDING' });
  const BO = attendance({
    id: '32000000-0000-4000-8000-000000000002',
    personId: '10000000-0000-4000-8000-0000000000b2',
    name: 'Bo Ballerup',
    response: 'APOLOGIES',
  });

  it('warns first, and sends anyway when asked to', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-10T09:00:00Z') });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: meetingView({ status: 'HELD', agenda: [WRITTEN], version: 7 }),
      [`GET ${MEETING}/attendance`]: attendanceList([SOEREN, BO]),
      [`GET ${MEETING}/minutes/comments`]: [],
      [`POST ${MEETING}/minutes/send`]: () =>
        json(meetingView({ status: 'HELD', agenda: [WRITTEN], minutesStatus: 'IN_COMMENT' })),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Send til kommentering' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send til kommentering' });
    expect(await within(dialog).findByText('Ingen er registreret som til stede')).toBeVisible();
    expect(within(dialog).queryByLabelText(/^Frist for kommentarer/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Send alligevel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.filter((request) => request.url.endsWith('/minutes/send'))).toHaveLength(1);
  });

  it('records the attendance in the dialog before sending', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-10T09:00:00Z') });
    let rows = [SOEREN, BO];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: meetingView({ status: 'HELD', agenda: [WRITTEN], version: 7 }),
      [`GET ${MEETING}/attendance`]: () => json(attendanceList(rows)),
      [`PUT ${MEETING}/attendance/${SOEREN.id}`]: async (request) => {
        const body = (await request.clone().json()) as { presence: 'PRESENT' | 'ABSENT' };
        const saved = { ...SOEREN, presence: body.presence, version: 1 };
        rows = [saved, BO];
        return json(saved);
      },
      [`GET ${MEETING}/minutes/comments`]: [],
      [`POST ${MEETING}/minutes/send`]: () =>
        json(meetingView({ status: 'HELD', agenda: [WRITTEN], minutesStatus: 'IN_COMMENT' })),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Send til kommentering' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send til kommentering' });
    await user.click(
      await within(dialog).findByRole('button', { name: 'Registrér fremmøde først' }),
    );
    const register = within(dialog).getByRole('table', { name: 'Fremmøde' });
    await user.click(
      within(register).getByRole('button', { name: 'Søren Holmgaard er til stede' }),
    );

    await waitFor(() =>
      expect(
        within(register).getByRole('button', { name: 'Søren Holmgaard er til stede' }),
      ).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(within(dialog).getByText('1 til stede, 0 fraværende, 1 ikke registreret')).toBeVisible();
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"0"');
    expect(await put?.json()).toEqual({ response: 'ATTENDING', presence: 'PRESENT' });

    await user.click(within(dialog).getByRole('button', { name: 'Fortsæt til afsendelse' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.some((request) => request.url.endsWith('/minutes/send'))).toBe(true);
  });
});
