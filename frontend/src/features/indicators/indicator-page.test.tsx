import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, ORG, partnership } from '../../test/fixtures';
import {
  AREA,
  INDICATOR_ID,
  indicator,
  indicatorPage,
  measurement,
  quarterSeries,
  revision,
  yearSeries,
} from '../../test/indicator-fixtures';
import { renderRoute } from '../../test/render';
import { textWidth } from './chart-model';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const INDICATOR = `${DETAIL}/indicators/${INDICATOR_ID}`;
const LIST_PATH = `/partnerskaber/${HERLEV_ID}/indikatorer`;
const INDICATOR_PATH = `${LIST_PATH}/${INDICATOR_ID}`;

const CORRECTED = measurement({ revisions: 2 });

function routes(extra: Record<string, unknown> = {}) {
  return {
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership(),
    [`GET ${INDICATOR}`]: indicator({ canEdit: false, canReport: false }),
    [`GET ${INDICATOR}/series`]: (_request: Request, url: URL) =>
      json(url.searchParams.get('aggregate') === 'YEAR' ? yearSeries() : quarterSeries()),
    [`GET ${INDICATOR}/measurements`]: [
      CORRECTED,
      measurement({
        id: '42000000-0000-4000-8000-000000000002',
        areaId: AREA.ballerup.id,
        value: 14,
        source: null,
        note: 'Foreløbigt tal',
      }),
    ],
    ...extra,
  };
}

function tableRows(name: string): string[][] {
  return within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('IndicatorPage', () => {
  it('shows what the indicator measures, its status and its owner', async () => {
    fakeApi(routes());

    renderRoute(INDICATOR_PATH);

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'IND-01 Anmeldte indbrud i private hjem',
      }),
    ).toBeVisible();
    expect(screen.getByText('I risiko')).toBeVisible();
    const facts = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(facts('Retning')).toHaveTextContent('Lavere er bedre');
    expect(facts('Hyppighed')).toHaveTextContent('Kvartalsvis');
    expect(facts('Sammentælling')).toHaveTextContent('SumVærdierne lægges sammen');
    expect(facts('Nulpunkt')).toHaveTextContent('60 antal (1. kvartal 2025)');
    expect(facts('Mål')).toHaveTextContent('45 antal (4. kvartal 2027)');
    expect(facts('Seneste værdi')).toHaveTextContent('1.234,5 antal (2. kvartal 2026)');
    expect(facts('Datakilde')).toHaveTextContent('Politiets døgnrapporter');
    expect(facts('Ejer')).toHaveTextContent(ORG.politi.name);
    expect(screen.queryByRole('button', { name: 'Rediger indikator' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Indtast værdi' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(document.title).toMatch(/^Anmeldte indbrud i private hjem – Partnerskabsaftale/),
    );
  });

  it('draws the trend by area and in total, with an equivalent table marking incomplete periods', async () => {
    fakeApi(routes());

    renderRoute(INDICATOR_PATH);

    const chart = await screen.findByRole('img', { name: /^Kurve over/ });
    expect(chart).toHaveAccessibleName(
      'Kurve over »Anmeldte indbrud i private hjem« pr. kvartal fra 1. kvartal 2026 til ' +
        '2. kvartal 2026: Herlev, Ballerup, Gladsaxe, I alt. ' +
        'Seneste værdi, I alt: 32,5 antal (2. kvartal 2026). ' +
        'Nulpunkt: 60 (1. kvartal 2025). Mål: 45 (4. kvartal 2027). ' +
        'Nogle perioder er ikke komplette. Alle værdier står i tabellen under kurven.',
    );
    expect(chart).toHaveAttribute('tabindex', '0');
    expect(chart.querySelectorAll('[data-line]')).toHaveLength(4);
    expect(chart.querySelectorAll('[data-marker]')).toHaveLength(7);
    expect(chart.querySelectorAll('[data-marker][data-complete="false"]')).toHaveLength(1);
    expect(chart.querySelectorAll('line[stroke-dasharray]')).toHaveLength(2);
    // The axis runs on from the latest values to the target period, 4th quarter 2027.
    expect(
      [...chart.querySelectorAll('[data-axis-period]')].map((label) => label.textContent),
    ).toEqual([
      '1. kvt. 2026',
      '2. kvt. 2026',
      '3. kvt. 2026',
      '4. kvt. 2026',
      '1. kvt. 2027',
      '2. kvt. 2027',
      '3. kvt. 2027',
      '4. kvt. 2027',
    ]);

    const legend = screen.getByRole('list', { name: 'Signaturforklaring' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Herlev',
      'Ballerup',
      'Gladsaxe',
      'I alt',
      'Nulpunkt (stiplet linje)',
      'Mål (prikket linje)',
      'Hul markør: perioden er ikke komplet – ikke alle værdier er indtastet',
    ]);

    expect(tableRows('Værdier pr. kvartal (antal)')).toEqual([
      ['Periode', 'Herlev', 'Ballerup', 'Gladsaxe', 'I alt'],
      ['1. kvartal 2026', '20', '15', '17', '52'],
      ['2. kvartal 2026', '18,5', '14', '–Ikke registreret', '32,5(ikke komplet)'],
    ]);
  });

  it('gives each area its own marker shape and lets each line be switched off by keyboard', async () => {
    fakeApi(routes());
    const { user } = renderRoute(INDICATOR_PATH);

    const chart = await screen.findByRole('img', { name: /^Kurve over/ });
    const shapes = [...chart.querySelectorAll('[data-line]')].map((line) =>
      line.getAttribute('data-shape'),
    );
    expect(new Set(shapes).size).toBe(4);
    const legend = screen.getByRole('list', { name: 'Signaturforklaring' });
    expect(
      [...legend.querySelectorAll('label svg[data-shape]')].map((swatch) =>
        swatch.getAttribute('data-shape'),
      ),
    ).toEqual(shapes);

    const total = within(legend).getByRole('checkbox', { name: 'Vis »I alt« i kurven' });
    expect(total).toBeChecked();
    total.focus();
    await user.keyboard(' ');
    expect(total).not.toBeChecked();
    expect(chart.querySelector('[data-line="total"]')).toBeNull();
    expect(chart.querySelectorAll('[data-line]')).toHaveLength(3);

    await user.click(within(legend).getByRole('checkbox', { name: 'Vis »Herlev« i kurven' }));
    expect(chart.querySelectorAll('[data-line]')).toHaveLength(2);
    // The table keeps every column whatever the chart shows.
    expect(tableRows('Værdier pr. kvartal (antal)')[0]).toEqual([
      'Periode',
      'Herlev',
      'Ballerup',
      'Gladsaxe',
      'I alt',
    ]);

    await user.keyboard(' ');
    expect(chart.querySelectorAll('[data-line]')).toHaveLength(3);
  });

  it('keeps long area names, large values and long period labels inside the picture', async () => {
    const long = 'Høje-Taastrup, Albertslund og Ishøj Politikreds (Vestegnen)';
    const months = Array.from({ length: 14 }, (_, index) => {
      const month = (index % 12) + 1;
      return `${2025 + Math.floor(index / 12)}-${String(month).padStart(2, '0')}`;
    });
    const points = months.map((period, index) => ({
      period,
      value: 1_234_000 + index * 1_500,
      complete: true,
    }));
    fakeApi(
      routes({
        [`GET ${INDICATOR}`]: indicator({
          frequency: 'MONTH',
          baselinePeriod: '2024-12',
          baselineValue: 1_250_000,
          targetPeriod: '2026-12',
          targetValue: 1_200_000,
          canEdit: false,
          canReport: false,
        }),
        [`GET ${INDICATOR}/series`]: quarterSeries({
          frequency: 'MONTH',
          areas: [{ areaId: AREA.herlev.id, name: long, points }],
          total: points,
          baselinePeriod: '2024-12',
          baselineValue: 1_250_000,
          targetPeriod: '2026-12',
          targetValue: 1_200_000,
        }),
      }),
    );

    renderRoute(INDICATOR_PATH);

    const chart = await screen.findByRole('img', { name: /^Kurve over/ });
    const svg = chart.querySelector('svg')!;
    const width = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    for (const text of chart.querySelectorAll('text')) {
      const x = Number(text.getAttribute('x'));
      const y = Number(text.getAttribute('y'));
      const drawn = textWidth(text.textContent ?? '', 12);
      const anchor = text.getAttribute('text-anchor');
      const from = anchor === 'end' ? x - drawn : anchor === 'middle' ? x - drawn / 2 : x;
      expect(from, text.textContent ?? '').toBeGreaterThanOrEqual(0);
      expect(from + drawn, text.textContent ?? '').toBeLessThanOrEqual(width);
      expect(y - 12, text.textContent ?? '').toBeGreaterThanOrEqual(0);
    }
    // The axis fits the values instead of starting at zero, with baseline and target in view.
    const ticks = [...chart.querySelectorAll('text[dominant-baseline="middle"]')].map(
      (tick) => tick.textContent,
    );
    expect(ticks[0]).toBe('1.200.000');
    expect(ticks[ticks.length - 1]).toBe('1.260.000');
    const axis = [...chart.querySelectorAll('[data-axis-period]')].map((label) =>
      label.getAttribute('data-axis-period'),
    );
    expect(axis).toContain('2026-02');
    expect(axis[axis.length - 1]).toBe('2026-12');
    const legend = screen.getByRole('list', { name: 'Signaturforklaring' });
    expect(within(legend).getByRole('checkbox', { name: `Vis »${long}« i kurven` })).toBeVisible();
  });

  it('adds the values up per year when asked, and explains why baseline and target are left out', async () => {
    const { requests } = fakeApi(routes());
    const { user, router } = renderRoute(INDICATOR_PATH);

    await screen.findByRole('img', { name: /^Kurve over/ });
    expect(screen.getByRole('radiogroup', { name: 'Vis værdier pr.' })).toBeVisible();
    expect(screen.queryByRole('radio', { name: 'Måned' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'År' }));

    await waitFor(() =>
      expect(tableRows('Værdier pr. år (antal)')).toEqual([
        ['Periode', 'Herlev', 'Ballerup', 'Gladsaxe', 'I alt'],
        [
          '2026',
          '38,5(ikke komplet)',
          '29(ikke komplet)',
          '17(ikke komplet)',
          '84,5(ikke komplet)',
        ],
      ]),
    );
    const chart = screen.getByRole('img', { name: /^Kurve over/ });
    expect(chart.querySelectorAll('[data-marker][data-complete="false"]')).toHaveLength(4);
    expect(chart.querySelectorAll('line[stroke-dasharray]')).toHaveLength(0);
    expect(
      screen.getByText(
        /Nulpunkt og mål gælder pr. kvartal og vises kun, når værdierne vises pr. kvartal/,
      ),
    ).toBeVisible();
    expect(router.state.location.search).toBe('?pr=aar');
    const series = requests.filter((request) => request.url.includes('/series'));
    expect(series.map((request) => new URL(request.url).searchParams.get('aggregate'))).toEqual([
      'QUARTER',
      'YEAR',
    ]);
  });

  it('says when there are no values to draw yet', async () => {
    fakeApi(
      routes({
        [`GET ${INDICATOR}/series`]: quarterSeries({
          areas: quarterSeries().areas.map((area) => ({ ...area, points: [] })),
          total: [],
        }),
        [`GET ${INDICATOR}/measurements`]: [],
      }),
    );

    renderRoute(INDICATOR_PATH);

    expect(await screen.findByText('Der er ikke indtastet nogen værdier endnu.')).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(
      screen.getByText('Der er ikke indtastet nogen værdier de seneste tre år.'),
    ).toBeVisible();
  });

  it('lists the entered values and opens the history of a corrected one', async () => {
    fakeApi(
      routes({
        [`GET ${INDICATOR}/measurements/${CORRECTED.id}/revisions`]: [
          revision(),
          revision({
            oldValue: 19,
            oldNote: 'Første optælling',
            oldEnteredAt: '2026-06-30T10:00:00Z',
            oldEnteredBy: 'Søren Holmgaard',
            revisedAt: '2026-07-01T07:00:00Z',
            revisedBy: 'Hanne Herlev',
          }),
        ],
      }),
    );
    const { user } = renderRoute(INDICATOR_PATH);

    const table = await screen.findByRole('table', {
      name: 'Værdier fra de seneste tre år, nyeste periode først',
    });
    const [, herlev, ballerup] = within(table).getAllByRole('row');
    expect(herlev).toHaveTextContent('2. kvartal 2026');
    expect(herlev).toHaveTextContent('Herlev');
    expect(herlev).toHaveTextContent('18,5');
    expect(herlev).toHaveTextContent('Bo Ballerup3. juli 2026 kl. 10.15');
    expect(ballerup).toHaveTextContent('Foreløbigt tal');
    expect(ballerup).toHaveTextContent('Ikke rettet');

    const show = within(herlev).getByRole('button', {
      name: 'Rettet 2 gange – historik for Herlev, 2. kvartal 2026',
    });
    expect(show).toHaveTextContent('Rettet 2 gange');
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);

    expect(show).toHaveAttribute('aria-expanded', 'true');
    const history = document.getElementById(show.getAttribute('aria-controls')!)!;
    const entries = (await within(history).findAllByRole('listitem')).map(
      (item) => item.textContent,
    );
    expect(within(history).getByRole('heading', { name: 'Tidligere værdier' })).toBeVisible();
    expect(entries).toEqual([
      '185 antalIndtastet af Hanne Herlev 1. juli 2026 kl. 09.00; rettet af Bo Ballerup 3. juli 2026 kl. 10.15Kilde: Politiets døgnrapport',
      '19 antalIndtastet af Søren Holmgaard 30. juni 2026 kl. 12.00; rettet af Hanne Herlev 1. juli 2026 kl. 09.00Kilde: Politiets døgnrapportNote: Første optælling',
    ]);

    await user.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'false');
  });

  it('says the indicator does not exist for an unknown id', async () => {
    fakeApi(routes({ [`GET ${INDICATOR}`]: () => problem('not-found', 404) }));

    renderRoute(INDICATOR_PATH);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Indikatoren findes ikke' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: /Alle indikatorer/ })).toHaveAttribute(
      'href',
      LIST_PATH,
    );
  });
});

describe('editing and deleting an indicator', () => {
  it('changes the indicator against the version shown', async () => {
    let current = indicator({ canReport: false });
    const { requests } = fakeApi(
      routes({
        [`GET ${INDICATOR}`]: () => json(current),
        'GET /api/v1/organisations': {
          items: [],
          page: 0,
          size: 100,
          totalItems: 0,
          totalPages: 0,
        },
        [`PUT ${INDICATOR}`]: async (request: Request) => {
          const input = await request.clone().json();
          current = indicator({ ...input, canReport: false, version: 4 });
          return json(current);
        },
      }),
    );
    const { user } = renderRoute(INDICATOR_PATH);

    await user.click(await screen.findByRole('button', { name: 'Rediger indikator' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rediger indikator' });
    const name = within(dialog).getByRole('textbox', { name: 'Navn' });
    expect(name).toHaveValue('Anmeldte indbrud i private hjem');
    expect(within(dialog).getByRole('textbox', { name: 'Nulpunktets periode' })).toHaveValue(
      '2025-Q1',
    );
    await user.clear(name);
    await user.type(name, 'Indbrud i private hjem');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toMatchObject({
      name: 'Indbrud i private hjem',
      areas: ['Herlev', 'Ballerup', 'Gladsaxe'],
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'IND-01 Indbrud i private hjem' }),
    ).toBeVisible();
  });

  it('tells the user when someone else changed the indicator meanwhile', async () => {
    fakeApi(
      routes({
        [`GET ${INDICATOR}`]: indicator({ canReport: false }),
        'GET /api/v1/organisations': {
          items: [],
          page: 0,
          size: 100,
          totalItems: 0,
          totalPages: 0,
        },
        [`PUT ${INDICATOR}`]: () => problem('version-mismatch', 412),
      }),
    );
    const { user } = renderRoute(INDICATOR_PATH);

    await user.click(await screen.findByRole('button', { name: 'Rediger indikator' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rediger indikator' });
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    expect(await within(dialog).findByText('Ændringerne er ikke gemt')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Genindlæs' })).toBeVisible();
  });

  it('deletes the indicator after asking, and goes back to the list', async () => {
    const { requests } = fakeApi(
      routes({
        [`GET ${INDICATOR}`]: indicator({ canReport: false }),
        [`DELETE ${INDICATOR}`]: () => new Response(null, { status: 204 }),
        [`GET ${DETAIL}/indicators`]: indicatorPage([]),
      }),
    );
    const { user, router } = renderRoute(INDICATOR_PATH);

    await user.click(await screen.findByRole('button', { name: 'Slet indikator' }));
    const dialog = await screen.findByRole('dialog', { name: 'Slet indikator' });
    expect(dialog).toHaveTextContent(
      'Vil du slette indikatoren »Anmeldte indbrud i private hjem«?',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Slet indikator' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(LIST_PATH));
    const remove = requests.find((request) => request.method === 'DELETE')!;
    expect(remove.headers.get('If-Match')).toBe('"3"');
    expect(
      await screen.findByText('Indikatoren »Anmeldte indbrud i private hjem« er slettet.'),
    ).toBeVisible();
  });
});
