import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrganisationRef } from '../../api/types';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, ORG, partnership } from '../../test/fixtures';
import {
  indicator,
  indicatorPage,
  ONE_AREA,
  PARTIAL_AVERAGE,
  PARTIAL_SUM,
} from '../../test/indicator-fixtures';
import { renderRoute } from '../../test/render';
import type { IndicatorInput } from './types';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const INDICATORS = `${DETAIL}/indicators`;
const INDICATORS_PATH = `/partnerskaber/${HERLEV_ID}/indikatorer`;

const SAFETY = indicator({
  id: '40000000-0000-4000-8000-000000000002',
  code: 'IND-02',
  name: 'Andel borgere, der føler sig trygge',
  unit: 'procent',
  upIsGood: true,
  frequency: 'YEAR',
  aggregation: 'AVERAGE',
  latestPeriod: null,
  latestValue: null,
  status: 'NO_DATA',
  ownerOrganisation: null,
});

function organisations(items: OrganisationRef[]) {
  return {
    items: items.map((organisation) => ({ ...organisation, active: true, version: 0 })),
    page: 0,
    size: 100,
    totalItems: items.length,
    totalPages: 1,
  };
}

function rows(): HTMLElement[] {
  return within(screen.getByRole('table', { name: 'Indikatorer efter kode' }))
    .getAllByRole('row')
    .slice(1);
}

describe('IndicatorsPage', () => {
  it('lists the indicators with latest value, period, status in words and owner', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${INDICATORS}`]: indicatorPage([
        indicator(),
        SAFETY,
        indicator({
          id: '40000000-0000-4000-8000-000000000003',
          code: 'IND-03',
          name: 'Nabohjælpere',
          status: 'ON_TRACK',
        }),
        indicator({
          id: '40000000-0000-4000-8000-000000000004',
          code: 'IND-04',
          name: 'Tilgang til bander',
          status: 'OFF_TRACK',
        }),
      ]),
    });

    renderRoute(INDICATORS_PATH);

    expect(await screen.findByRole('heading', { level: 2, name: 'Indikatorer' })).toBeVisible();
    expect(await screen.findByText('4 indikatorer')).toBeVisible();
    const [burglaries, safety, watchers, gangs] = rows();
    expect(
      within(burglaries).getByRole('link', { name: 'Anmeldte indbrud i private hjem' }),
    ).toHaveAttribute('href', `${INDICATORS_PATH}/${indicator().id}`);
    expect(burglaries).toHaveTextContent('IND-01');
    expect(burglaries).toHaveTextContent('1.234,5 antal');
    expect(burglaries).toHaveTextContent('2. kvartal 20263 af 3 områder');
    expect(burglaries).not.toHaveTextContent('Foreløbig');
    expect(burglaries).toHaveTextContent('Status: I risiko');
    expect(burglaries).toHaveTextContent('Københavns Vestegns Politi');
    expect(safety).toHaveTextContent('Status: Ingen data');
    expect(within(safety).getAllByText('Ikke registreret')).toHaveLength(2);
    expect(watchers).toHaveTextContent('Status: På rette vej');
    expect(gangs).toHaveTextContent('Status: Ikke på rette vej');
    expect(
      within(screen.getByRole('navigation', { name: 'Partnerskabet' })).getByRole('link', {
        name: 'Indikatorer',
      }),
    ).toHaveAttribute('aria-current', 'page');
    const list = new URL(requests.find((request) => request.url.includes('/indicators?'))!.url);
    expect(Object.fromEntries(list.searchParams)).toEqual({ page: '0', size: '20', sort: 'code' });
    await waitFor(() =>
      expect(document.title).toMatch(/^Indikatorer – Partnerskabsaftale for forebyggelse/),
    );
  });

  it('says in words how many areas an incomplete latest value covers and that its status waits', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${INDICATORS}`]: indicatorPage([
        indicator(PARTIAL_SUM),
        indicator({ ...SAFETY, ...PARTIAL_AVERAGE }),
        indicator({
          id: '40000000-0000-4000-8000-000000000003',
          code: 'IND-03',
          name: 'Nabohjælpere',
          ...ONE_AREA,
        }),
      ]),
    });

    renderRoute(INDICATORS_PATH);

    expect(await screen.findByText('3 indikatorer')).toBeVisible();
    const [burglaries, safety, watchers] = rows();
    expect(burglaries).toHaveTextContent('32,5 antal2. kvartal 2026Foreløbig: 2 af 3 områder');
    expect(burglaries).toHaveTextContent(
      'Status: Ikke på rette vejStatus for 1. kvartal 2026, den seneste periode med alle områder',
    );
    expect(within(burglaries).queryByText(/^Foreløbig status/)).not.toBeInTheDocument();
    expect(safety).toHaveTextContent('71 procent2026Foreløbig: 1 af 3 områder');
    expect(safety).toHaveTextContent('Status: Ingen dataStatus afventer alle områder');
    expect(within(safety).getByText('Foreløbig status: I risiko')).toBeVisible();
    expect(watchers).toHaveTextContent('Status: På rette vej');
    expect(watchers).not.toHaveTextContent(/Foreløbig|områder/);
  });

  it('pages through the indicators by the address', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${INDICATORS}`]: (_request, url) =>
        json(
          url.searchParams.get('page') === '1'
            ? indicatorPage([SAFETY], { page: 1, totalItems: 21, totalPages: 2 })
            : indicatorPage([indicator()], { totalItems: 21, totalPages: 2 }),
        ),
    });
    const { user, router } = renderRoute(INDICATORS_PATH);

    await screen.findByText('21 indikatorer');
    await user.click(screen.getByRole('button', { name: 'Side 2' }));

    expect(
      await screen.findByRole('link', { name: 'Andel borgere, der føler sig trygge' }),
    ).toBeVisible();
    expect(router.state.location.search).toBe('?side=2');
    expect(requests.some((request) => request.url.includes('page=1'))).toBe(true);
  });

  it('says when there are no indicators yet, and shows a loading state first', async () => {
    let answer: (response: Response) => void = () => undefined;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${INDICATORS}`]: () => new Promise<Response>((resolve) => (answer = resolve)),
    });

    renderRoute(INDICATORS_PATH);

    expect(await screen.findByText('Indlæser indikatorer …')).toBeVisible();
    answer(json(indicatorPage([])));
    expect(
      await screen.findByText('Partnerskabet har ikke fastlagt nogen indikatorer endnu.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Ny indikator' })).not.toBeInTheDocument();
  });

  it('shows what went wrong when the indicators cannot be read', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${INDICATORS}`]: () => problem('internal', 500),
    });

    renderRoute(INDICATORS_PATH);

    expect(await screen.findByRole('alert')).toHaveTextContent('Der opstod en fejl hos os.');
  });
});

describe('creating an indicator', () => {
  function routes(extra: Record<string, unknown> = {}) {
    return {
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${INDICATORS}`]: indicatorPage([]),
      'GET /api/v1/organisations': organisations([ORG.ballerup, ORG.herlev, ORG.politi]),
      ...extra,
    };
  }

  async function openForm() {
    const rendered = renderRoute(INDICATORS_PATH);
    await rendered.user.click(await screen.findByRole('button', { name: 'Ny indikator' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny indikator' });
    await within(dialog).findByRole('combobox', { name: 'Ejer' });
    return { ...rendered, dialog };
  }

  it('says in Danish which fields to fill in before it sends anything', async () => {
    const { requests } = fakeApi(routes());
    const { user, dialog } = await openForm();

    await user.click(within(dialog).getByRole('button', { name: 'Opret indikator' }));

    expect(within(dialog).getByRole('textbox', { name: 'Kode' })).toHaveAccessibleDescription(
      expect.stringContaining('Skriv en kode med højst 30 tegn'),
    );
    expect(within(dialog).getByRole('textbox', { name: 'Navn' })).toHaveAccessibleDescription(
      'Skriv et navn med højst 300 tegn.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Enhed' })).toHaveAccessibleDescription(
      expect.stringContaining('Skriv en enhed med højst 50 tegn'),
    );
    expect(
      within(dialog).getByText('Vælg, om højere eller lavere værdier er bedst.'),
    ).toBeVisible();
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('checks the baseline and target periods against the chosen frequency', async () => {
    fakeApi(routes());
    const { user, dialog } = await openForm();

    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Hyppighed' }),
      'Kvartalsvis',
    );
    const baselinePeriod = within(dialog).getByRole('textbox', { name: 'Nulpunktets periode' });
    expect(baselinePeriod).toHaveAttribute('placeholder', 'fx 2026-Q1');
    await user.type(within(dialog).getByRole('textbox', { name: 'Nulpunktets værdi' }), '60');
    await user.type(baselinePeriod, '2025-03');
    await user.type(within(dialog).getByRole('textbox', { name: 'Målets periode' }), '2027-Q4');
    await user.click(within(dialog).getByRole('button', { name: 'Opret indikator' }));

    expect(baselinePeriod).toHaveAccessibleDescription(
      expect.stringContaining('Skriv et kvartal som fx 2026-Q1.'),
    );
    expect(
      within(dialog).getByRole('textbox', { name: 'Målets værdi' }),
    ).toHaveAccessibleDescription('Skriv målets værdi, eller fjern perioden.');

    await user.clear(baselinePeriod);
    await user.type(baselinePeriod, '2028-K1');
    expect(
      within(dialog).getByRole('textbox', { name: 'Målets periode' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Målets periode skal ligge efter'));
  });

  it('defines an indicator with areas, owner and Danish decimals', async () => {
    let items: ReturnType<typeof indicator>[] = [];
    const { requests } = fakeApi(
      routes({
        [`GET ${INDICATORS}`]: () => json(indicatorPage(items)),
        [`POST ${INDICATORS}`]: async (request: Request) => {
          const input = (await request.clone().json()) as IndicatorInput;
          const created = indicator({ code: input.code, name: input.name });
          items = [created];
          return json(created, 201);
        },
      }),
    );
    const { user, dialog } = await openForm();

    await user.type(within(dialog).getByRole('textbox', { name: 'Kode' }), 'IND-01');
    await user.type(within(dialog).getByRole('textbox', { name: 'Enhed' }), 'antal');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Navn' }),
      'Anmeldte indbrud i private hjem',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Lavere er bedre' }));
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Hyppighed' }),
      'Kvartalsvis',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Nulpunktets værdi' }), '60,5');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Nulpunktets periode' }),
      '2025-K1',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Målets værdi' }), '45');
    await user.type(within(dialog).getByRole('textbox', { name: 'Målets periode' }), '2027-Q4');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Ejer' }),
      'Københavns Vestegns Politi',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj område' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Område 1' }), 'Herlev');
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj område' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Område 2' }), 'Ballerup');
    await user.click(within(dialog).getByRole('button', { name: 'Opret indikator' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      code: 'IND-01',
      name: 'Anmeldte indbrud i private hjem',
      unit: 'antal',
      upIsGood: false,
      frequency: 'QUARTER',
      aggregation: 'SUM',
      allowNegative: false,
      baselineValue: 60.5,
      baselinePeriod: '2025-Q1',
      targetValue: 45,
      targetPeriod: '2027-Q4',
      ownerOrganisationId: ORG.politi.id,
      areas: ['Herlev', 'Ballerup'],
    });
    expect(
      await screen.findByText('Indikatoren »Anmeldte indbrud i private hjem« er oprettet.'),
    ).toBeVisible();
    expect(
      await screen.findByRole('link', { name: 'Anmeldte indbrud i private hjem' }),
    ).toBeVisible();
  });

  it('shows the server’s verdict on the field it names', async () => {
    fakeApi(
      routes({
        [`POST ${INDICATORS}`]: () =>
          problem('validation-failed', 400, {
            violations: [
              { field: 'code', in: 'body', message: 'is already used by another indicator here' },
            ],
          }),
      }),
    );
    const { user, dialog } = await openForm();

    await user.type(within(dialog).getByRole('textbox', { name: 'Kode' }), 'IND-01');
    await user.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Indbrud');
    await user.type(within(dialog).getByRole('textbox', { name: 'Enhed' }), 'antal');
    await user.click(within(dialog).getByRole('radio', { name: 'Lavere er bedre' }));
    await user.click(within(dialog).getByRole('button', { name: 'Opret indikator' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Kode' })).toHaveAccessibleDescription(
        expect.stringContaining(
          'Koden er ugyldig eller bruges allerede af en anden indikator i partnerskabet.',
        ),
      ),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Værdien i feltet »Kode« er ugyldig.',
    );
    expect(within(dialog).queryByText(/already used/)).not.toBeInTheDocument();
  });
});
