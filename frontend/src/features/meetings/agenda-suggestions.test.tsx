import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgendaItemView, MeetingView } from '../../api/types';
import { fakeApi, json, problem, type Routes } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import {
  agendaItem,
  agendaSuggestion,
  attendanceList,
  MEETING_ID,
  meetingView,
} from '../../test/meeting-fixtures';
import { renderRoute } from '../../test/render';
import type { AgendaSuggestion } from './use-meetings';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEETING = `${DETAIL}/meetings/${MEETING_ID}`;
const SUGGESTIONS = `${MEETING}/agenda-suggestions`;
const MEETING_PATH = `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`;

const APPROVAL = agendaItem();
const LIGHTING = agendaSuggestion({ overdue: true, dueDate: '2027-02-15' });
const PATROLS = agendaSuggestion({
  sourceId: '34000000-0000-4000-8000-000000000002',
  title: 'Opfølgning: Plan for fælles patruljer',
  dueDate: '2027-03-09',
  responsible: 'Nordsjællands Politi',
});
const GRAFFITI = agendaSuggestion({
  kind: 'CARRIED_OVER',
  sourceId: '31000000-0000-4000-8000-000000000077',
  title: 'Graffiti ved skolerne',
  dueDate: null,
  responsible: null,
});

function panel(): HTMLElement {
  return screen.getByRole('region', { name: 'Forslag til dagsordenen' });
}

function suggestionOf(title: string): HTMLElement {
  return within(panel()).getByText(title).closest('li')!;
}

function stubMeeting(
  suggestions: AgendaSuggestion[] | Routes[string],
  meeting: Partial<MeetingView> = {},
  routes: Routes = {},
) {
  const canEdit = meeting.canEdit ?? true;
  return fakeApi({
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: canEdit ? 'SECRETARIAT' : 'MEMBER' }),
    [`GET ${MEETING}/attendance`]: attendanceList([]),
    [`GET ${MEETING}`]: meetingView({ agenda: [APPROVAL], ...meeting }),
    [`GET ${SUGGESTIONS}`]: suggestions,
    ...routes,
  });
}

describe('agenda suggestions', () => {
  it('lists open follow-up items and what the last meeting left, saying overdue in words', async () => {
    stubMeeting([LIGHTING, PATROLS, GRAFFITI]);
    renderRoute(MEETING_PATH);

    expect(
      await screen.findByRole('button', {
        name: 'Sæt på dagsordenen: »Opfølgning: Undersøg belysningen ved stationen«',
      }),
    ).toBeVisible();
    const lighting = suggestionOf(LIGHTING.title);
    expect(lighting).toHaveTextContent('Opfølgningspunkt');
    expect(lighting).toHaveTextContent('Ansvarlig: Ballerup Kommune');
    expect(lighting).toHaveTextContent('Frist: 15. februar 2027');
    expect(within(lighting).getByText('Overskredet')).toBeVisible();
    expect(lighting).toHaveTextContent(
      'Aftalt på »Partnerskabsmøde – 4. kvartal 2026« den 8. december 2026.',
    );
    const patrols = suggestionOf(PATROLS.title);
    expect(patrols).toHaveTextContent('Ansvarlig: Nordsjællands Politi');
    expect(patrols).toHaveTextContent('Frist: 9. marts 2027');
    expect(within(patrols).queryByText('Overskredet')).not.toBeInTheDocument();
    const graffiti = suggestionOf(GRAFFITI.title);
    expect(graffiti).toHaveTextContent('Udestående fra sidste møde');
    expect(graffiti).toHaveTextContent(
      'Ikke behandlet på »Partnerskabsmøde – 4. kvartal 2026« den 8. december 2026.',
    );
    expect(graffiti).not.toHaveTextContent('Frist');
    expect(
      within(graffiti).getByRole('button', {
        name: 'Sæt på dagsordenen: »Graffiti ved skolerne«',
      }),
    ).toBeVisible();
  });

  it('puts a suggestion last on the agenda and takes it off the list', async () => {
    let agenda: AgendaItemView[] = [APPROVAL];
    let suggestions = [LIGHTING, GRAFFITI];
    const { requests } = stubMeeting(
      () => json(suggestions),
      {},
      {
        [`GET ${MEETING}`]: () => json(meetingView({ agenda })),
        [`POST ${SUGGESTIONS}`]: () => {
          const added = agendaItem({
            id: '31000000-0000-4000-8000-000000000010',
            number: 2,
            title: GRAFFITI.title,
            kind: 'DISCUSSION',
          });
          agenda = [...agenda, added];
          suggestions = [LIGHTING];
          return json(added, 201);
        },
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Sæt på dagsordenen: »Graffiti ved skolerne«' }),
    );

    const agendaList = screen.getByRole('list', { name: 'Dagsorden' });
    expect(
      await within(agendaList).findByRole('heading', { level: 4, name: GRAFFITI.title }),
    ).toBeVisible();
    await waitFor(() =>
      expect(within(panel()).queryByText(GRAFFITI.title)).not.toBeInTheDocument(),
    );
    expect(
      screen.getByText('»Graffiti ved skolerne« er sat på dagsordenen som punkt 2.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Forslag til dagsordenen' })).toHaveFocus();
    const accept = requests.find((request) => request.method === 'POST');
    expect(await accept?.json()).toEqual({ kind: 'CARRIED_OVER', sourceId: GRAFFITI.sourceId });
  });

  it('says when there is nothing to suggest', async () => {
    stubMeeting([]);
    renderRoute(MEETING_PATH);

    expect(
      await screen.findByText(
        'Ingen forslag: ingen åbne opfølgningspunkter med frist før mødet og intet udestående fra sidste møde.',
      ),
    ).toBeVisible();
  });

  it('shows that the suggestions are loading, and says so when they cannot be read', async () => {
    let answer: (response: Response) => void = () => undefined;
    let failing = true;
    stubMeeting(() =>
      failing
        ? new Promise<Response>((resolve) => {
            answer = resolve;
          })
        : json([PATROLS]),
    );
    const { user } = renderRoute(MEETING_PATH);

    expect(await screen.findByText('Henter forslag …')).toBeVisible();
    failing = false;
    answer(problem('internal', 500));

    const alert = await within(panel()).findByRole('alert');
    expect(alert).toHaveTextContent('Forslagene kunne ikke hentes');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));

    expect(await within(panel()).findByText(PATROLS.title)).toBeVisible();
  });

  it('asks for a reload when the suggestion is no longer one', async () => {
    let suggestions = [LIGHTING];
    stubMeeting(
      () => json(suggestions),
      {},
      {
        [`POST ${SUGGESTIONS}`]: () => {
          suggestions = [];
          return problem('validation-failed', 400, {
            violations: [{ field: 'sourceId', in: 'body', message: 'no longer a suggestion' }],
          });
        },
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: 'Sæt på dagsordenen: »Opfølgning: Undersøg belysningen ved stationen«',
      }),
    );

    const alert = await within(panel()).findByRole('alert');
    expect(alert).toHaveTextContent('Forslaget blev ikke sat på dagsordenen');
    expect(alert).toHaveTextContent('Forslaget er ikke længere aktuelt.');
    await user.click(within(alert).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() => expect(within(panel()).queryByRole('alert')).not.toBeInTheDocument());
    expect(within(panel()).getByText(/^Ingen forslag/)).toBeVisible();
  });

  it('is not offered to members, nor once the meeting is held', async () => {
    const { requests } = stubMeeting([LIGHTING], { canEdit: false });
    const { unmount } = renderRoute(MEETING_PATH);

    await screen.findByRole('heading', { level: 4, name: APPROVAL.title });
    expect(
      screen.queryByRole('region', { name: 'Forslag til dagsordenen' }),
    ).not.toBeInTheDocument();
    unmount();

    const held = stubMeeting(
      [LIGHTING],
      { status: 'HELD' },
      { [`GET ${MEETING}/minutes/comments`]: [] },
    );
    renderRoute(MEETING_PATH);

    await screen.findByRole('heading', { level: 4, name: APPROVAL.title });
    expect(
      screen.queryByRole('region', { name: 'Forslag til dagsordenen' }),
    ).not.toBeInTheDocument();
    expect(
      [...requests, ...held.requests].filter((request) => request.url.endsWith(SUGGESTIONS)),
    ).toEqual([]);
  });

  it('names the panel and its buttons in English', async () => {
    stubMeeting([LIGHTING]);
    const { user } = renderRoute(MEETING_PATH);
    await screen.findByRole('region', { name: 'Forslag til dagsordenen' });

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('region', { name: 'Suggestions for the agenda' })).toBeVisible();
    expect(
      screen.getByRole('button', {
        name: 'Put on the agenda: “Opfølgning: Undersøg belysningen ved stationen”',
      }),
    ).toBeVisible();
    expect(screen.getByText('Follow-up item')).toBeVisible();
    expect(screen.getByText('Due: 15 February 2027')).toBeVisible();
  });
});
