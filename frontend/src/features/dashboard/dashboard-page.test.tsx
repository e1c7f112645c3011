import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dashboard, dashboardIndicator, SECOND_INDICATOR_ID } from '../../test/dashboard-fixtures';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import {
  indicator,
  INDICATOR_ID,
  PARTIAL_AVERAGE,
  PARTIAL_SUM,
} from '../../test/indicator-fixtures';
import { goal, goalIndicator } from '../../test/working-group-fixtures';
import { renderRoute } from '../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const DASHBOARD = `${DETAIL}/dashboard`;
const BASE_PATH = `/partnerskaber/${HERLEV_ID}`;
const DASHBOARD_PATH = `${BASE_PATH}/overblik`;
const INDICATOR_PATH = `${BASE_PATH}/indikatorer/${INDICATOR_ID}`;

function routes(extra: Record<string, unknown> = {}) {
  return {
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership(),
    [`GET ${DASHBOARD}`]: dashboard(),
    ...extra,
  };
}

function cellsOf(row: HTMLElement): string[] {
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
}

describe('DashboardPage', () => {
  it('opens from the partnership menu, before the goals, and marks itself as the current page', async () => {
    fakeApi(routes());
    const { user, router } = renderRoute(BASE_PATH);

    const navigation = await screen.findByRole('navigation', { name: 'Partnerskabet' });
    const links = within(navigation)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links.indexOf('Overblik')).toBe(links.indexOf('Mål') - 1);
    await user.click(within(navigation).getByRole('link', { name: 'Overblik' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Overblik' })).toBeVisible();
    expect(router.state.location.pathname).toBe(DASHBOARD_PATH);
    expect(within(navigation).getByRole('link', { name: 'Overblik' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await waitFor(() => expect(document.title).toMatch(/^Overblik – Partnerskabsaftale/));
  });

  it('shows each active goal with the roll-up of its indicators and links to them', async () => {
    fakeApi(routes());

    renderRoute(DASHBOARD_PATH);

    const section = await screen.findByRole('region', { name: 'Aktive mål' });
    const goal = within(section).getByRole('listitem', { name: 'Færre indbrud i private hjem' });
    expect(
      within(goal).getByRole('heading', { level: 4, name: 'Færre indbrud i private hjem' }),
    ).toBeVisible();
    expect(goal).toHaveTextContent('Indikatorerne samlet:Status: I risiko');
    expect(goal).toHaveTextContent('Frist: 31. december 2028');
    const indicators = within(goal).getAllByRole('listitem');
    expect(indicators).toHaveLength(2);
    expect(
      within(indicators[0]).getByRole('link', { name: 'IND-01 Anmeldte indbrud i private hjem' }),
    ).toHaveAttribute('href', INDICATOR_PATH);
    expect(indicators[0]).toHaveTextContent('Status: I risiko');
    expect(indicators[0]).toHaveTextContent('1.234,5 antal (2. kvartal 2026)');
    expect(indicators[1]).toHaveTextContent('Status: På rette vej');
    expect(indicators[1]).toHaveTextContent('72,25 point (2026)');
    expect(within(section).getByRole('link', { name: 'Se alle mål' })).toHaveAttribute(
      'href',
      `${BASE_PATH}/maal`,
    );
  });

  it('shows each indicator with its status, latest value and a sparkline with an equivalent table', async () => {
    fakeApi(routes());

    renderRoute(DASHBOARD_PATH);

    const section = await screen.findByRole('region', { name: 'Indikatorer' });
    const [burglaries, safety] = within(section).getAllByRole('listitem');
    expect(
      within(burglaries).getByRole('link', { name: 'IND-01 Anmeldte indbrud i private hjem' }),
    ).toHaveAttribute('href', INDICATOR_PATH);
    expect(burglaries).toHaveTextContent('Status: I risiko');
    expect(burglaries).toHaveTextContent('1.234,5 antal2. kvartal 2026');
    expect(within(burglaries).getByRole('img')).toHaveAccessibleName(
      'Udviklingen i »IND-01 Anmeldte indbrud i private hjem« i de seneste 4 perioder med værdier: ' +
        '3. kvartal 2025: 60; 4. kvartal 2025: 55; 1. kvartal 2026: 52; ' +
        '2. kvartal 2026: 1.234,5 (ikke komplet).',
    );
    const table = within(burglaries).getByRole('table', {
      name: 'Værdier i alt for »IND-01 Anmeldte indbrud i private hjem« (antal)',
    });
    expect(within(table).getAllByRole('row').map(cellsOf)).toEqual([
      ['Periode', 'Værdi'],
      ['3. kvartal 2025', '60'],
      ['4. kvartal 2025', '55'],
      ['1. kvartal 2026', '52'],
      ['2. kvartal 2026', '1.234,5(ikke komplet)'],
    ]);
    expect(within(burglaries).getByText('Vis tallene som tabel')).toBeInTheDocument();

    expect(within(safety).getByRole('link', { name: 'IND-02 Tryghedsindeks' })).toHaveAttribute(
      'href',
      `${BASE_PATH}/indikatorer/${SECOND_INDICATOR_ID}`,
    );
    expect(safety).toHaveTextContent('Status: Ingen data');
    expect(safety).toHaveTextContent('Ingen værdier endnu');
    expect(within(safety).queryByRole('img')).not.toBeInTheDocument();
    expect(within(safety).queryByRole('table')).not.toBeInTheDocument();
  });

  it('marks incomplete latest values and preliminary statuses in words on indicators and goals', async () => {
    fakeApi(
      routes({
        [`GET ${DASHBOARD}`]: dashboard({
          goals: [
            goal({
              indicatorStatus: 'OFF_TRACK',
              indicators: [
                goalIndicator(PARTIAL_SUM),
                goalIndicator({
                  id: SECOND_INDICATOR_ID,
                  code: 'IND-02',
                  name: 'Tryghedsindeks',
                  unit: 'point',
                  ...PARTIAL_AVERAGE,
                }),
              ],
            }),
          ],
          indicators: [
            dashboardIndicator({ indicator: indicator(PARTIAL_SUM) }),
            dashboardIndicator({
              indicator: indicator({
                id: SECOND_INDICATOR_ID,
                code: 'IND-02',
                name: 'Tryghedsindeks',
                unit: 'point',
                ...PARTIAL_AVERAGE,
              }),
              recent: [],
            }),
          ],
        }),
      }),
    );

    renderRoute(DASHBOARD_PATH);

    const indicators = await screen.findByRole('region', { name: 'Indikatorer' });
    const [burglaries, safety] = within(indicators).getAllByRole('listitem');
    expect(burglaries).toHaveTextContent('32,5 antal2. kvartal 2026Foreløbig: 2 af 3 områder');
    expect(burglaries).toHaveTextContent(
      'Status: Ikke på rette vejStatus for 1. kvartal 2026, den seneste periode med alle områder',
    );
    expect(safety).toHaveTextContent('Foreløbig: 1 af 3 områder');
    expect(safety).toHaveTextContent('Status: Ingen dataStatus afventer alle områder');
    expect(within(safety).getByText('Foreløbig status: I risiko')).toBeVisible();

    const goals = screen.getByRole('region', { name: 'Aktive mål' });
    const [first, second] = within(
      within(goals).getByRole('list', { name: 'Indikatorer for »Færre indbrud i private hjem«' }),
    ).getAllByRole('listitem');
    expect(first).toHaveTextContent('32,5 antal (2. kvartal 2026)Foreløbig: 2 af 3 områder');
    expect(first).toHaveTextContent('Status for 1. kvartal 2026');
    expect(second).toHaveTextContent('Foreløbig: 1 af 3 områder');
    expect(within(second).getByText('Foreløbig status: I risiko')).toBeVisible();
  });

  it('lists the latest values with area, Danish period, who entered them, when, and corrections', async () => {
    fakeApi(routes());

    renderRoute(DASHBOARD_PATH);

    const section = await screen.findByRole('region', { name: 'Seneste værdier' });
    const table = within(section).getByRole('table', {
      name: 'De senest indtastede værdier, nyeste først',
    });
    expect(within(table).getAllByRole('row').map(cellsOf)).toEqual([
      ['Indikator', 'Område', 'Periode', 'Værdi', 'Indtastet af', 'Tidspunkt'],
      [
        'IND-01',
        'Ballerup',
        '2. kvartal 2026',
        'rettelse14',
        'Hanne Herlev',
        '4. juli 2026 kl. 14.30',
      ],
      ['IND-01', 'Herlev', '2. kvartal 2026', '18,5', 'Bo Ballerup', '3. juli 2026 kl. 10.15'],
    ]);
    expect(within(table).getAllByRole('link', { name: 'IND-01' })[0]).toHaveAttribute(
      'href',
      INDICATOR_PATH,
    );
  });

  it('says when there are no goals or indicators yet', async () => {
    fakeApi(
      routes({ [`GET ${DASHBOARD}`]: dashboard({ goals: [], indicators: [], latestChanges: [] }) }),
    );

    renderRoute(DASHBOARD_PATH);

    expect(
      await screen.findByText('Partnerskabet har endnu ingen mål eller indikatorer.'),
    ).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Aktive mål' })).not.toBeInTheDocument();
  });

  it('says so when there are indicators but no active goals or values yet', async () => {
    fakeApi(
      routes({
        [`GET ${DASHBOARD}`]: dashboard({ goals: [], latestChanges: [] }),
      }),
    );

    renderRoute(DASHBOARD_PATH);

    expect(await screen.findByText('Partnerskabet har ingen aktive mål.')).toBeVisible();
    expect(screen.getByText('Der er ikke indtastet nogen værdier endnu.')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Indikatorer' })).toBeVisible();
  });

  it('shows that it is loading, and an error with a retry that loads it again', async () => {
    let release: () => void = () => undefined;
    let calls = 0;
    fakeApi(
      routes({
        [`GET ${DASHBOARD}`]: () => {
          calls += 1;
          if (calls === 1) {
            return new Promise<Response>((resolve) => {
              release = () => resolve(problem('internal', 500, { correlationId: 'abc-123' }));
            });
          }
          return json(dashboard());
        },
      }),
    );
    const { user } = renderRoute(DASHBOARD_PATH);

    expect(await screen.findByText('Indlæser overblikket …')).toBeVisible();
    release();
    expect(await screen.findByText('Noget gik galt')).toBeVisible();
    expect(screen.getByText('Fejlreference: abc-123')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));

    expect(await screen.findByRole('region', { name: 'Aktive mål' })).toBeVisible();
  });
});
