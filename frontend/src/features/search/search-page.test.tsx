import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, HERLEV_NAME, me } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import type { SearchHit, SearchPage } from './use-search';

const SEARCH = 'GET /api/v1/search';
const MEETING_ID = '30000000-0000-4000-8000-000000000001';
const FURESOE_ID = '7f1d5a7e-2b2c-4d0a-9a3e-5c1e2f3a4b02';
const FURESOE_NAME = 'Trygt Furesø';

function hit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    kind: 'DECISION',
    id: '33000000-0000-4000-8000-000000000001',
    partnershipId: HERLEV_ID,
    partnershipName: HERLEV_NAME,
    meetingId: MEETING_ID,
    meetingTitle: 'Partnerskabsmøde – 1. kvartal 2027',
    meetingStartsAt: '2027-03-09T13:00:00+01:00',
    agendaItemId: '31000000-0000-4000-8000-000000000002',
    title: 'Tryghedsvandringer i Sydby',
    excerpt: 'Partnerskabet nedsætter en arbejdsgruppe om tryghedsvandringer i Sydby.',
    ...overrides,
  };
}

function searchPage(items: SearchHit[], overrides: Partial<SearchPage> = {}): SearchPage {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}

const DECISION = hit();
const FOLLOW_UP = hit({
  kind: 'FOLLOW_UP',
  id: '34000000-0000-4000-8000-000000000001',
  meetingId: '30000000-0000-4000-8000-000000000002',
  meetingTitle: 'Nytårsmøde',
  // Still New Year's Eve in UTC.
  meetingStartsAt: '2027-01-01T00:30:00+01:00',
  title: 'Opfølgning på tryghedsvandringerne',
  excerpt: '…Sekretariatet samler rapporterne fra tryghedsvandringerne.',
});

function searchRequests(requests: Request[]): URLSearchParams[] {
  return requests
    .filter((request) => new URL(request.url).pathname === '/api/v1/search')
    .map((request) => new URL(request.url).searchParams);
}

function searchForm(): HTMLElement {
  return screen.getByRole('search', { name: 'Søg i partnerskaberne' });
}

function searchField(): HTMLElement {
  return within(searchForm()).getByRole('searchbox', {
    name: 'Søg i møder, mål, indikatorer, indsatser, forslag, arbejdsgrupper og aftaler',
  });
}

async function searchFor(user: UserEvent, words: string) {
  await user.clear(searchField());
  await user.type(searchField(), words);
  await user.click(within(searchForm()).getByRole('button', { name: 'Søg' }));
}

function partnershipFilter(): HTMLElement {
  return within(searchForm()).getByRole('combobox', { name: 'Partnerskab' });
}

/** Picks a partnership by typing its name; jsdom lays nothing out, so the options stay hidden. */
async function choosePartnership(user: UserEvent, name: string) {
  const filter = partnershipFilter();
  await user.click(filter);
  await user.clear(filter);
  await user.type(filter, name);
  await user.keyboard('{ArrowDown}{Enter}');
}

describe('SearchPage', () => {
  it('shows the hits of the search in the address: kind, item, meeting, Danish date, partnership', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [SEARCH]: searchPage([DECISION, FOLLOW_UP]),
    });

    renderRoute('/soeg?q=tryghed');

    expect(await screen.findByRole('heading', { level: 1, name: 'Søg' })).toBeVisible();
    expect(await screen.findByRole('heading', { level: 2, name: '2 resultater' })).toBeVisible();
    expect(searchField()).toHaveValue('tryghed');
    const [decision, followUp] = within(
      screen.getByRole('list', { name: 'Søgeresultater' }),
    ).getAllByRole('listitem');
    expect(within(decision).getByText('Beslutning')).toBeVisible();
    expect(
      within(decision).getByRole('link', { name: 'Tryghedsvandringer i Sydby' }),
    ).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`);
    expect(decision).toHaveTextContent('Møde: Partnerskabsmøde – 1. kvartal 2027, 9. marts 2027');
    expect(decision).toHaveTextContent(`Partnerskab: ${HERLEV_NAME}`);
    expect(decision).toHaveTextContent(
      'Partnerskabet nedsætter en arbejdsgruppe om tryghedsvandringer i Sydby.',
    );
    expect(within(followUp).getByText('Opfølgningspunkt')).toBeVisible();
    expect(
      within(followUp).getByRole('link', { name: 'Opfølgning på tryghedsvandringerne' }),
    ).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/moeder/${FOLLOW_UP.meetingId}`);
    // The meeting's day in Copenhagen, not in UTC.
    expect(followUp).toHaveTextContent('Møde: Nytårsmøde, 1. januar 2027');
    expect(Object.fromEntries(searchRequests(requests)[0])).toEqual({
      q: 'tryghed',
      page: '0',
      size: '20',
    });
    await waitFor(() => expect(document.title).toBe('Søg: tryghed – Partnerskabsportalen'));
  });

  it('names every kind of hit in Danish', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [SEARCH]: searchPage(
        (['AGENDA_ITEM', 'MINUTES', 'DECISION', 'FOLLOW_UP'] as const).map((kind, index) =>
          hit({ kind, id: `33000000-0000-4000-8000-00000000000${index}` }),
        ),
      ),
    });

    renderRoute('/soeg?q=tryghed');

    const items = within(await screen.findByRole('list', { name: 'Søgeresultater' })).getAllByRole(
      'listitem',
    );
    // The kind comes first in each hit.
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Dagsordenspunkt/),
      expect.stringMatching(/^Referat/),
      expect.stringMatching(/^Beslutning/),
      expect.stringMatching(/^Opfølgningspunkt/),
    ]);
  });

  it('names the partnership things in Danish and links each to where it is shown', async () => {
    const things = [
      ['GOAL', 'Mål', `/partnerskaber/${HERLEV_ID}/maal`],
      ['INDICATOR', 'Indikator', `/partnerskaber/${HERLEV_ID}/indikatorer/ID`],
      ['ACTIVITY', 'Indsats', `/partnerskaber/${HERLEV_ID}/indsatser`],
      ['PROPOSAL', 'Forslag', `/partnerskaber/${HERLEV_ID}/forslag`],
      ['WORKING_GROUP', 'Arbejdsgruppe', `/partnerskaber/${HERLEV_ID}/arbejdsgrupper/ID`],
      ['FOCUS_AREA', 'Indsatsområde', `/partnerskaber/${HERLEV_ID}`],
      ['AGREEMENT', 'Partnerskabsaftale', `/partnerskaber/${HERLEV_ID}`],
    ] as const;
    const id = (index: number) => `35000000-0000-4000-8000-00000000000${index}`;
    fakeApi({
      'GET /api/v1/me': me(),
      [SEARCH]: searchPage(
        things.map(([kind], index) => ({
          kind,
          id: id(index),
          partnershipId: HERLEV_ID,
          partnershipName: HERLEV_NAME,
          title: `Indbrud ${index}`,
          excerpt: 'Færre indbrud i villaområderne.',
        })),
      ),
    });

    renderRoute('/soeg?q=indbr');

    const items = within(await screen.findByRole('list', { name: 'Søgeresultater' })).getAllByRole(
      'listitem',
    );
    things.forEach(([, label, href], index) => {
      expect(within(items[index]).getByText(label)).toBeVisible();
      expect(within(items[index]).getByRole('link', { name: `Indbrud ${index}` })).toHaveAttribute(
        'href',
        href.replace('ID', id(index)),
      );
      // No meeting to name outside the meetings.
      expect(items[index]).not.toHaveTextContent('Møde:');
      expect(items[index]).toHaveTextContent(`Partnerskab: ${HERLEV_NAME}`);
    });
  });

  it('marks the searched words in the excerpt, in any case and inside compounds', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [SEARCH]: searchPage([
        hit({
          excerpt:
            '…Tryghedsvandringer i Sydby og Gården blev aftalt, så trygheden i området øges.',
        }),
      ]),
    });

    renderRoute('/soeg?q=tryghed%20vandring%20gard');

    const [item] = within(await screen.findByRole('list', { name: 'Søgeresultater' })).getAllByRole(
      'listitem',
    );
    const marked = [...item.querySelectorAll('mark')].map((mark) => mark.textContent);
    // "gard" is not "gård": å is a letter of its own in Danish.
    expect(marked).toEqual(['Tryghed', 'vandring', 'tryghed']);
  });

  it('marks the stem of an inflected word', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [SEARCH]: searchPage([hit({ excerpt: 'Rapport fra vandringen i Sydby.' })]),
    });

    renderRoute('/soeg?q=vandringer');

    const [item] = within(await screen.findByRole('list', { name: 'Søgeresultater' })).getAllByRole(
      'listitem',
    );
    expect([...item.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'vandring',
    ]);
  });

  it('starts with a hint, searches from the form, and goes back to the previous search', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [SEARCH]: (_request, url) =>
        json(url.searchParams.get('q') === 'tryghed' ? searchPage([DECISION]) : searchPage([])),
    });
    const { user, router } = renderRoute('/soeg');

    expect(
      await screen.findByText(
        /Søger du på »indbr«, finder du også »indbrud«, og »tryghed« finder »tryghedsvandring«/,
      ),
    ).toBeVisible();
    expect(searchRequests(requests)).toHaveLength(0);

    await searchFor(user, 'tryghed');

    expect(await screen.findByRole('heading', { level: 2, name: '1 resultat' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/soeg');
    expect(router.state.location.search).toBe('?q=tryghed');

    await searchFor(user, 'cykelparkering');

    expect(
      await screen.findByRole('heading', { name: 'Ingen resultater for »cykelparkering«' }),
    ).toBeVisible();

    await router.navigate(-1);

    expect(await screen.findByRole('heading', { level: 2, name: '1 resultat' })).toBeVisible();
    expect(searchField()).toHaveValue('tryghed');
  });

  it('pages through the hits in the address and takes the focus to the top of them', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [SEARCH]: (_request, url) => {
        const page = Number(url.searchParams.get('page'));
        return json(
          searchPage([hit({ title: `Punkt på side ${page + 1}` })], {
            page,
            totalItems: 45,
            totalPages: 3,
          }),
        );
      },
    });
    const { user, router } = renderRoute('/soeg?q=tryghed');

    expect(await screen.findByRole('link', { name: 'Punkt på side 1' })).toBeVisible();
    const pages = screen.getByRole('navigation', { name: 'Sider' });
    await user.click(within(pages).getByRole('button', { name: 'Side 2' }));

    expect(await screen.findByRole('link', { name: 'Punkt på side 2' })).toBeVisible();
    expect(router.state.location.search).toBe('?q=tryghed&side=2');
    expect(searchRequests(requests).at(-1)?.get('page')).toBe('1');
    expect(screen.getByRole('heading', { level: 2, name: '45 resultater' })).toHaveFocus();
    expect(within(pages).getByRole('button', { name: 'Side 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await router.navigate(-1);

    expect(await screen.findByRole('link', { name: 'Punkt på side 1' })).toBeVisible();
  });

  it('a new search starts on the first page', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [SEARCH]: searchPage([DECISION], { totalItems: 45, totalPages: 3 }),
    });
    const { user, router } = renderRoute('/soeg?q=tryghed&side=3');

    await screen.findByRole('heading', { level: 2, name: '45 resultater' });
    expect(searchRequests(requests)[0].get('page')).toBe('2');

    await searchFor(user, 'vandring');

    await waitFor(() => expect(router.state.location.search).toBe('?q=vandring'));
    await waitFor(() => expect(searchRequests(requests).at(-1)?.get('page')).toBe('0'));
  });

  it('searches one of my partnerships when I choose it, and all of them again', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me({
        memberships: [
          { partnershipId: HERLEV_ID, partnershipName: HERLEV_NAME, role: 'CHAIR' },
          { partnershipId: FURESOE_ID, partnershipName: FURESOE_NAME, role: 'MEMBER' },
        ],
      }),
      [SEARCH]: (_request, url) =>
        json(
          url.searchParams.get('partnership') === FURESOE_ID
            ? searchPage([hit({ partnershipId: FURESOE_ID, partnershipName: FURESOE_NAME })])
            : searchPage([DECISION, FOLLOW_UP]),
        ),
    });
    const { user, router } = renderRoute('/soeg?q=tryghed');

    expect(await screen.findByRole('heading', { level: 2, name: '2 resultater' })).toBeVisible();
    await waitFor(() => expect(partnershipFilter()).toHaveValue('Alle partnerskaber'));

    await choosePartnership(user, 'Furesø');

    expect(await screen.findByRole('heading', { level: 2, name: '1 resultat' })).toBeVisible();
    expect(router.state.location.search).toBe(`?q=tryghed&partnership=${FURESOE_ID}`);
    expect(searchRequests(requests).at(-1)?.get('partnership')).toBe(FURESOE_ID);
    expect(partnershipFilter()).toHaveValue(FURESOE_NAME);

    await choosePartnership(user, 'Alle partnerskaber');

    expect(await screen.findByRole('heading', { level: 2, name: '2 resultater' })).toBeVisible();
    expect(router.state.location.search).toBe('?q=tryghed');
  });

  it('says when nothing was found, with a tip, and offers to search all partnerships', async () => {
    fakeApi({ 'GET /api/v1/me': me(), [SEARCH]: searchPage([]) });
    const { user, router } = renderRoute(`/soeg?q=cykelparkering&partnership=${HERLEV_ID}`);

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Ingen resultater for »cykelparkering«',
      }),
    ).toBeVisible();
    expect(
      screen.getByText(
        'Alle ordene skal stå i det samme (for eksempel det samme mål eller den samme beslutning). Tjek stavemåden, eller prøv med færre eller andre ord.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Søgeresultater' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Søg i alle partnerskaber' }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=cykelparkering'));
  });

  it('explains a refused search: a word of two letters or more is needed', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [SEARCH]: () =>
        problem('validation-failed', 400, {
          violations: [
            { field: 'q', in: 'query', message: 'must contain a word of at least 2 letters' },
          ],
        }),
    });

    renderRoute('/soeg?q=a');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Søgningen kunne ikke udføres');
    expect(alert).toHaveTextContent('Skriv mindst ét ord på to bogstaver eller mere.');
  });

  it('asks for a longer word before searching', async () => {
    const { requests } = fakeApi({ 'GET /api/v1/me': me(), [SEARCH]: searchPage([]) });
    const { user, router } = renderRoute('/soeg');

    await searchFor(user, 'a ?');

    expect(searchField()).toHaveAccessibleDescription(
      'Skriv mindst ét ord på to bogstaver eller mere.',
    );
    expect(searchField()).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.search).toBe('');
    expect(searchRequests(requests)).toHaveLength(0);
  });

  it('says so when the partnership searched is not one the user can see', async () => {
    fakeApi({ 'GET /api/v1/me': me(), [SEARCH]: () => problem('not-found', 404) });
    const { user, router } = renderRoute(`/soeg?q=tryghed&partnership=${FURESOE_ID}`);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Du kan ikke søge i det valgte partnerskab. Det findes ikke, eller du har ikke adgang til det.',
    );

    await user.click(screen.getByRole('button', { name: 'Søg i alle partnerskaber' }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=tryghed'));
  });

  it('shows that it is searching, and a server error with a retry', async () => {
    let answer: (response: Response) => void = () => undefined;
    fakeApi({
      'GET /api/v1/me': me(),
      [SEARCH]: () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const { user } = renderRoute('/soeg?q=tryghed');

    expect(await screen.findByText('Søger …')).toBeVisible();
    answer(problem('internal', 500));

    expect(
      await screen.findByText(
        'Der opstod en fejl hos os. Prøv igen om lidt. Hvis fejlen fortsætter, så kontakt jeres it-support.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));
    answer(json(searchPage([DECISION])));

    expect(await screen.findByRole('heading', { level: 2, name: '1 resultat' })).toBeVisible();
  });
});
