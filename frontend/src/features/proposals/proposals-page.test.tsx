import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem, type Routes } from '../../test/fake-api';
import { HERLEV_ID, HERLEV_NAME, me, partnership } from '../../test/fixtures';
import {
  decisionEntry,
  decisionPage,
  MEETING_ID,
  meetingPage,
  meetingSummary,
} from '../../test/meeting-fixtures';
import {
  acceptedProposal,
  proposal,
  PROPOSAL_ID,
  proposalPage,
} from '../../test/proposal-fixtures';
import { renderRoute } from '../../test/render';
import type { ProposalAnswer, ProposalInput, ProposalView } from './types';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const PROPOSALS = `${DETAIL}/proposals`;
const PROPOSAL = `${PROPOSALS}/${PROPOSAL_ID}`;
const PROPOSALS_PATH = `/partnerskaber/${HERLEV_ID}/forslag`;
const TITLE = 'Tryghedsvandringer i Skovlunde';

const OBSERVER = me({
  memberships: [{ partnershipId: HERLEV_ID, partnershipName: HERLEV_NAME, role: 'OBSERVER' }],
});
/** An administrator who is no member of the partnership: the API takes no proposal from them. */
const ADMIN = me({ roles: ['admin'], memberships: [] });

function card(title: string): HTMLElement {
  return within(screen.getByRole('list', { name: 'Forslag, nyeste først' })).getByRole('listitem', {
    name: title,
  });
}

/** The proposals page, the proposals kept as the fake API changes them. */
function stubProposals(items: ProposalView[], routes: Routes = {}, who = me()) {
  const state = { items };
  const api = fakeApi({
    'GET /api/v1/me': who,
    [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    [`GET ${PROPOSALS}`]: () => json(proposalPage(state.items)),
    ...routes,
  });
  return { ...api, state };
}

describe('ProposalsPage', () => {
  it('lists the proposals newest first, with their status, the answer and the meeting that dealt with them', async () => {
    const onAgenda = proposal({
      id: '61000000-0000-4000-8000-000000000003',
      title: 'Nabohjælp i Hjortespring',
      status: 'ON_AGENDA',
      agenda: {
        meetingId: MEETING_ID,
        meetingTitle: 'Partnerskabsmøde – 1. kvartal 2027',
        agendaItemId: '31000000-0000-4000-8000-000000000004',
      },
    });
    const { requests } = fakeApi({
      'GET /api/v1/me': ADMIN,
      [`GET ${DETAIL}`]: partnership({ myRole: null }),
      [`GET ${PROPOSALS}`]: proposalPage([proposal(), onAgenda, acceptedProposal()]),
    });

    renderRoute(PROPOSALS_PATH);

    expect(await screen.findByRole('heading', { level: 2, name: 'Forslag' })).toBeVisible();
    expect(await screen.findByText('3 forslag')).toBeVisible();
    const titles = within(screen.getByRole('list', { name: 'Forslag, nyeste først' }))
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual([TITLE, 'Nabohjælp i Hjortespring', 'Digitale medier']);

    const submitted = card(TITLE);
    expect(submitted).toHaveTextContent('Status: Indsendt');
    expect(submitted).toHaveTextContent(
      'Ny indsats · foreslået af Bo Ballerup den 14. september 2026',
    );
    expect(submitted).toHaveTextContent('Lokalrådet foreslår tryghedsvandringer i Skovlunde');
    expect(submitted).not.toHaveTextContent('Dit forslag');

    const agenda = card('Nabohjælp i Hjortespring');
    expect(agenda).toHaveTextContent('Status: På dagsordenen');
    expect(
      within(agenda).getByRole('link', { name: 'Partnerskabsmøde – 1. kvartal 2027' }),
    ).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`);
    expect(agenda).toHaveTextContent('På dagsordenen til Partnerskabsmøde – 1. kvartal 2027.');

    const accepted = card('Digitale medier');
    expect(accepted).toHaveTextContent('Status: Vedtaget');
    expect(accepted).toHaveTextContent('Dit forslag');
    expect(accepted).toHaveTextContent('Nyt indsatsområde · foreslået af Søren Holmgaard');
    expect(accepted).toHaveTextContent('Behandlet på Partnerskabsmøde – 2. kvartal 2026.');
    const answer = within(accepted).getByRole('region', { name: 'Vedtaget den 10. juni 2026' });
    expect(answer).toHaveTextContent(
      'Partnerskabet ser et stigende behov for en indsats på de sociale medier.',
    );
    expect(answer).toHaveTextContent('Beslutning: Digitale medier optages som nyt indsatsområde.');

    // An administrator who is not a member cannot propose; nobody here may answer.
    expect(screen.queryByRole('button', { name: 'Nyt forslag' })).not.toBeInTheDocument();
    expect(
      screen.getByText('Kun partnerskabets medlemmer og observatører kan stille forslag.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Besvar forslaget/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Sæt forslaget/ })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Partnerskabet' })).getByRole('link', {
        name: 'Forslag',
      }),
    ).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toMatch(/^Forslag – Partnerskabsaftale/));
    const list = new URL(requests.find((request) => request.url.includes('/proposals'))!.url);
    expect(Object.fromEntries(list.searchParams)).toEqual({ page: '0', size: '20' });
  });

  it('says when there are no proposals yet, and shows what went wrong when they cannot be read', async () => {
    let fail = true;
    fakeApi({
      'GET /api/v1/me': OBSERVER,
      [`GET ${DETAIL}`]: partnership({ myRole: 'OBSERVER' }),
      [`GET ${PROPOSALS}`]: () => (fail ? problem('internal', 500) : json(proposalPage([]))),
    });
    const { user } = renderRoute(PROPOSALS_PATH);

    expect(await screen.findByText(/Der opstod en fejl hos os/)).toBeVisible();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));

    expect(await screen.findByRole('heading', { name: 'Ingen forslag' })).toBeVisible();
    expect(screen.getByText(/Stil det første med »Nyt forslag«/)).toBeVisible();
  });

  it('lets an observer propose a new focus area, and shows a CPR-number rejection on its field', async () => {
    let rejectOnce = true;
    const { requests, state } = stubProposals(
      [],
      {
        [`POST ${PROPOSALS}`]: async (request: Request) => {
          const input = (await request.clone().json()) as ProposalInput;
          if (rejectOnce) {
            rejectOnce = false;
            return problem('personal-data-rejected', 400, {
              violations: [{ field: 'description', in: 'body', message: 'CPR number' }],
            });
          }
          const created = proposal({
            kind: input.kind,
            title: input.title,
            description: input.description ?? null,
            mine: true,
          });
          state.items = [created];
          return json(created, 201);
        },
      },
      OBSERVER,
    );
    const { user } = renderRoute(PROPOSALS_PATH);

    await user.click(await screen.findByRole('button', { name: 'Nyt forslag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nyt forslag' });
    await user.click(within(dialog).getByRole('button', { name: 'Indsend forslag' }));
    expect(
      within(dialog).getByRole('radiogroup', { name: 'Hvad foreslår du?' }),
    ).toHaveAccessibleDescription('Vælg, om du foreslår et nyt indsatsområde eller en ny indsats.');
    expect(within(dialog).getByRole('textbox', { name: 'Titel' })).toHaveAccessibleDescription(
      'Skriv en titel med højst 300 tegn.',
    );
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await user.click(within(dialog).getByRole('radio', { name: 'Nyt indsatsområde' }));
    await user.click(within(dialog).getByRole('textbox', { name: 'Titel' }));
    await user.paste('Digitale medier');
    await user.click(within(dialog).getByRole('textbox', { name: 'Beskrivelse' }));
    await user.paste('Bekymring for 010101-1234');
    await user.click(within(dialog).getByRole('button', { name: 'Indsend forslag' }));

    const description = within(dialog).getByRole('textbox', { name: 'Beskrivelse' });
    await waitFor(() =>
      expect(description).toHaveAccessibleDescription(
        /Feltet ser ud til at indeholde et CPR-nummer/,
      ),
    );
    expect(
      within(dialog).getByText('Feltet »Beskrivelse« ser ud til at indeholde et CPR-nummer.'),
    ).toBeVisible();

    await user.clear(description);
    await user.click(description);
    await user.paste('Unge i grupper deler videoer, der skaber utryghed.');
    await user.click(within(dialog).getByRole('button', { name: 'Indsend forslag' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const posts = requests.filter((request) => request.method === 'POST');
    expect(await posts[1].json()).toEqual({
      kind: 'FOCUS_AREA',
      title: 'Digitale medier',
      description: 'Unge i grupper deler videoer, der skaber utryghed.',
    } satisfies ProposalInput);
    expect(await screen.findByText('Dit forslag »Digitale medier« er indsendt.')).toBeVisible();
    expect(await within(card('Digitale medier')).findByText('Dit forslag')).toBeVisible();
  });

  it('puts a submitted proposal on the agenda of a meeting whose agenda still changes', async () => {
    const published = meetingSummary({
      id: '30000000-0000-4000-8000-000000000002',
      title: 'Partnerskabsmøde – 4. kvartal 2026',
      startsAt: '2026-11-10T13:00:00+01:00',
      status: 'AGENDA_PUBLISHED',
    });
    const groupMeeting = meetingSummary({
      id: '30000000-0000-4000-8000-000000000003',
      title: 'Arbejdsgruppemøde',
      workingGroupId: '50000000-0000-4000-8000-000000000001',
    });
    const { requests, state } = stubProposals([proposal({ canEdit: true, version: 2 })], {
      [`GET ${DETAIL}/meetings`]: (_request, url) =>
        json(
          meetingPage(
            url.searchParams.get('status') === 'PLANNED'
              ? [meetingSummary(), groupMeeting]
              : [published],
          ),
        ),
      [`POST ${PROPOSAL}/agenda`]: async (request: Request) => {
        const { meetingId } = (await request.clone().json()) as { meetingId: string };
        const updated = proposal({
          canEdit: true,
          status: 'ON_AGENDA',
          agenda: {
            meetingId,
            meetingTitle: 'Partnerskabsmøde – 1. kvartal 2027',
            agendaItemId: '31000000-0000-4000-8000-000000000005',
          },
          version: 3,
        });
        state.items = [updated];
        return json(updated);
      },
    });
    const { user } = renderRoute(PROPOSALS_PATH);

    await user.click(
      await screen.findByRole('button', { name: `Sæt forslaget »${TITLE}« på dagsordenen` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Sæt forslag på dagsorden' });
    const meeting = await within(dialog).findByRole('combobox', { name: 'Møde' });
    // Soonest first; a working group's meeting does not decide for the partnership.
    expect(
      within(meeting)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Vælg et møde',
      'Partnerskabsmøde – 4. kvartal 2026 – tirsdag 10. november 2026 kl. 13.00 (dagsorden udsendt)',
      'Partnerskabsmøde – 1. kvartal 2027 – tirsdag 9. marts 2027 kl. 13.00',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Sæt på dagsorden' }));
    expect(meeting).toHaveAccessibleDescription(/^Vælg et af møderne på listen\./);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await user.selectOptions(meeting, MEETING_ID);
    await user.click(within(dialog).getByRole('button', { name: 'Sæt på dagsorden' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"2"');
    expect(await post.json()).toEqual({ meetingId: MEETING_ID });
    const statuses = requests
      .filter((request) => request.url.includes('/meetings'))
      .map((request) => new URL(request.url).searchParams.get('status'))
      .sort();
    expect(statuses).toEqual(['AGENDA_PUBLISHED', 'PLANNED']);
    expect(
      await screen.findByText(
        `Forslaget »${TITLE}« er sat på dagsordenen til »Partnerskabsmøde – 1. kvartal 2027«.`,
      ),
    ).toBeVisible();
    const updated = card(TITLE);
    expect(updated).toHaveTextContent('Status: På dagsordenen');
    expect(
      within(updated).getByRole('link', { name: 'Partnerskabsmøde – 1. kvartal 2027' }),
    ).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`);
    // On an agenda it can only be answered now.
    expect(within(updated).queryByRole('button', { name: /^Sæt forslaget/ })).toBeNull();
    expect(
      within(updated).getByRole('button', { name: `Besvar forslaget »${TITLE}«` }),
    ).toBeVisible();
  });

  it('answers a proposal with the reason and the decision, after asking for both outcome and reason', async () => {
    const onAgenda = proposal({
      canEdit: true,
      status: 'ON_AGENDA',
      agenda: {
        meetingId: MEETING_ID,
        meetingTitle: 'Partnerskabsmøde – 1. kvartal 2027',
        agendaItemId: '31000000-0000-4000-8000-000000000005',
      },
      version: 3,
    });
    const earlier = decisionEntry({
      id: '33000000-0000-4000-8000-000000000007',
      text: 'Referatet godkendes.',
      meetingId: '30000000-0000-4000-8000-000000000008',
      meetingTitle: 'Partnerskabsmøde – 4. kvartal 2026',
      meetingStartsAt: '2026-11-10T13:00:00+01:00',
    });
    const answering = decisionEntry({
      id: '33000000-0000-4000-8000-000000000009',
      text: 'Forslaget om tryghedsvandringer i Skovlunde afvises; der er allerede vandringer i området.',
    });
    const { requests, state } = stubProposals([onAgenda], {
      [`GET ${DETAIL}/decisions`]: decisionPage([earlier, answering]),
      [`POST ${PROPOSAL}/answer`]: async (request: Request) => {
        const answer = (await request.clone().json()) as ProposalAnswer;
        const answered = {
          ...onAgenda,
          status: answer.outcome,
          answerReason: answer.reason,
          answeredAt: '2027-03-09T15:00:00+01:00',
          decision: { id: answering.id, text: answering.text },
          version: 4,
        };
        state.items = [answered];
        return json(answered);
      },
    });
    const { user } = renderRoute(PROPOSALS_PATH);

    await user.click(await screen.findByRole('button', { name: `Besvar forslaget »${TITLE}«` }));
    const dialog = await screen.findByRole('dialog', { name: 'Besvar forslag' });
    await user.click(within(dialog).getByRole('button', { name: 'Send svar' }));
    expect(within(dialog).getByRole('radiogroup', { name: 'Svar' })).toHaveAccessibleDescription(
      'Vælg, om forslaget er vedtaget eller afvist.',
    );
    expect(
      within(dialog).getByRole('textbox', { name: 'Begrundelse' }),
    ).toHaveAccessibleDescription(/^Skriv en begrundelse med højst 2.000 tegn\./);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await user.click(within(dialog).getByRole('radio', { name: 'Afvist' }));
    await user.click(within(dialog).getByRole('textbox', { name: 'Begrundelse' }));
    await user.paste('Der er allerede tryghedsvandringer i Skovlunde.');
    const decision = await within(dialog).findByRole('combobox', { name: 'Beslutning' });
    // The meeting whose agenda holds the proposal comes first.
    expect(
      [...decision.querySelectorAll('optgroup')].map((group) => group.getAttribute('label')),
    ).toEqual([
      'Partnerskabsmøde – 1. kvartal 2027 (9. marts 2027)',
      'Partnerskabsmøde – 4. kvartal 2026 (10. november 2026)',
    ]);
    await user.selectOptions(decision, answering.id);
    await user.click(within(dialog).getByRole('button', { name: 'Send svar' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.json()).toEqual({
      outcome: 'REJECTED',
      reason: 'Der er allerede tryghedsvandringer i Skovlunde.',
      decisionId: answering.id,
    } satisfies ProposalAnswer);
    expect(await screen.findByText(`Forslaget »${TITLE}« er besvaret som afvist.`)).toBeVisible();
    const answered = card(TITLE);
    expect(answered).toHaveTextContent('Status: Afvist');
    const answer = within(answered).getByRole('region', { name: 'Afvist den 9. marts 2027' });
    expect(answer).toHaveTextContent('Der er allerede tryghedsvandringer i Skovlunde.');
    expect(answer).toHaveTextContent(`Beslutning: ${answering.text}`);
    expect(within(answered).queryByRole('button', { name: /^Besvar/ })).toBeNull();
  });

  it('says so when someone answered the proposal first, and shows the answer after a reload', async () => {
    const { state } = stubProposals([proposal({ canEdit: true })], {
      [`GET ${DETAIL}/decisions`]: decisionPage([]),
      [`POST ${PROPOSAL}/answer`]: () => problem('invalid-state-transition', 409),
    });
    const { user } = renderRoute(PROPOSALS_PATH);

    await user.click(await screen.findByRole('button', { name: `Besvar forslaget »${TITLE}«` }));
    const dialog = await screen.findByRole('dialog', { name: 'Besvar forslag' });
    expect(
      await within(dialog).findByRole('combobox', { name: 'Beslutning' }),
    ).toHaveAccessibleDescription('Der er ingen beslutninger i partnerskabets referater endnu.');
    await user.click(within(dialog).getByRole('radio', { name: 'Vedtaget' }));
    await user.click(within(dialog).getByRole('textbox', { name: 'Begrundelse' }));
    await user.paste('God idé.');
    await user.click(within(dialog).getByRole('button', { name: 'Send svar' }));

    expect(
      await within(dialog).findByText(
        'Forslaget er allerede besvaret. Genindlæs for at se svaret.',
      ),
    ).toBeVisible();
    state.items = [
      proposal({
        status: 'ACCEPTED',
        answerReason: 'Vedtaget på mødet.',
        answeredAt: '2026-09-20T10:00:00+02:00',
        canEdit: true,
        version: 1,
      }),
    ];
    await user.click(within(dialog).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(card(TITLE)).findByText('Vedtaget på mødet.')).toBeVisible();
  });
});
