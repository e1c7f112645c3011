import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, HERLEV_NAME, me, partnership } from '../../test/fixtures';
import { AREA } from '../../test/indicator-fixtures';
import { renderRoute } from '../../test/render';
import type { GridCell, GridIndicator, PeriodReportInput, ReportingGrid } from './types';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const REPORTING = `${DETAIL}/reporting`;
const PAGE = `/partnerskaber/${HERLEV_ID}/indberetning`;
const BURGLARIES = '40000000-0000-4000-8000-000000000011';
const HELPERS = '40000000-0000-4000-8000-000000000012';

/** A cell of an area; its id is made per indicator by {@link row}, as areas belong to one indicator. */
function cell(area: { name: string }, overrides: Partial<GridCell> = {}): GridCell {
  return {
    areaId: '',
    areaName: area.name,
    measurementId: null,
    value: null,
    source: null,
    note: null,
    version: null,
    ...overrides,
  };
}

function row(id: string, code: string, name: string, cells: GridCell[]): GridIndicator {
  return {
    id,
    code,
    name,
    unit: 'antal',
    allowNegative: false,
    dataSource: 'Politiets døgnrapporter',
    cells: cells.map((c) => ({ ...c, areaId: `${id.slice(-2)}-${c.areaName}` })),
  };
}

/** March 2026: burglaries have Herlev entered; neighbourhood helpers have nothing yet. */
function march(overrides: Partial<ReportingGrid> = {}): ReportingGrid {
  return {
    partnershipId: HERLEV_ID,
    partnershipName: HERLEV_NAME,
    period: '2026-03',
    frequency: 'MONTH',
    frequencies: [
      { frequency: 'MONTH', period: '2026-03' },
      { frequency: 'QUARTER', period: '2026-Q1' },
    ],
    indicators: [
      row(BURGLARIES, 'IND-01', 'Anmeldte indbrud', [
        cell(AREA.herlev, {
          measurementId: '42000000-0000-4000-8000-000000000001',
          value: 12,
          source: 'Døgnrapport',
          note: 'Foreløbigt',
          version: 2,
        }),
        cell(AREA.ballerup),
      ]),
      row(HELPERS, 'IND-02', 'Nabohjælpere', [cell(AREA.herlev), cell(AREA.ballerup)]),
    ],
    ...overrides,
  };
}

const area = (indicatorId: string, name: string) => `${indicatorId.slice(-2)}-${name}`;

function input(label: string): HTMLInputElement {
  return screen.getByRole('textbox', { name: label });
}

function routes(extra: Record<string, unknown> = {}) {
  return {
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership(),
    [`GET ${REPORTING}`]: march(),
    ...extra,
  };
}

function saved(body: PeriodReportInput) {
  return json({
    period: body.period,
    created: body.values.length,
    corrected: 0,
    unchanged: 0,
    values: [],
  });
}

describe('ReportPeriodPage', () => {
  it('shows the indicators by areas with the stored values, and a period picker of their frequencies', async () => {
    fakeApi(routes());

    renderRoute(`${PAGE}/2026-03`);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Indberet værdier for marts 2026' }),
    ).toBeVisible();
    const table = screen.getByRole('table', { name: /Værdier for marts 2026/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['Indikator', 'Herlev', 'Ballerup']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['IND-01 Anmeldte indbrudantal', 'IND-02 Nabohjælpereantal']);
    expect(input('IND-01, Herlev')).toHaveValue('12');
    expect(input('IND-01, Ballerup')).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Periode' })).toHaveValue('2026-03');
    expect(screen.getByRole('radio', { name: 'Måned' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Kvartal' })).not.toBeChecked();
  });

  it('moves along a row with Tab and down a column with Enter, and from the last row to "Gem"', async () => {
    fakeApi(routes());
    const { user } = renderRoute(`${PAGE}/2026-03`);
    await screen.findByRole('table');

    await user.click(input('IND-01, Herlev'));
    await user.tab();
    expect(input('IND-01, Ballerup')).toHaveFocus();
    await user.tab();
    expect(input('IND-02, Herlev')).toHaveFocus();
    await user.tab({ shift: true });
    expect(input('IND-01, Ballerup')).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(input('IND-02, Ballerup')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(input('IND-01, Ballerup')).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByRole('button', { name: 'Gem' })).toHaveFocus();
  });

  it('saves every changed cell in one request, says so, and offers the next period', async () => {
    const bodies: PeriodReportInput[] = [];
    let stored = march();
    const { fetchMock } = fakeApi(
      routes({
        [`GET ${REPORTING}`]: (_request: Request, url: URL) =>
          json(
            url.searchParams.get('period') === '2026-04'
              ? march({ period: '2026-04', indicators: [] })
              : stored,
          ),
        [`PUT ${REPORTING}`]: async (request: Request) => {
          const body = (await request.json()) as PeriodReportInput;
          bodies.push(body);
          stored = march();
          return saved(body);
        },
      }),
    );
    const { user, router } = renderRoute(`${PAGE}/2026-03`);
    await screen.findByRole('table');

    await user.clear(input('IND-01, Herlev'));
    await user.type(input('IND-01, Herlev'), '14');
    await user.type(input('IND-01, Ballerup'), '4,5');
    await user.type(input('IND-02, Ballerup'), '7');
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    expect(await screen.findByText('Gemt: 3 værdier for marts 2026')).toBeVisible();
    expect(bodies).toEqual([
      {
        period: '2026-03',
        values: [
          {
            indicatorId: BURGLARIES,
            areaId: area(BURGLARIES, 'Herlev'),
            value: 14,
            version: 2,
            source: 'Døgnrapport',
            note: 'Foreløbigt',
          },
          {
            indicatorId: BURGLARIES,
            areaId: area(BURGLARIES, 'Ballerup'),
            value: 4.5,
            version: null,
            source: 'Politiets døgnrapporter',
          },
          {
            indicatorId: HELPERS,
            areaId: area(HELPERS, 'Ballerup'),
            value: 7,
            version: null,
            source: 'Politiets døgnrapporter',
          },
        ],
      },
    ]);
    expect(fetchMock.mock.calls.filter(([r]) => (r as Request).method === 'PUT')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Indberet næste periode: april 2026' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`${PAGE}/2026-04`));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Indberet værdier for april 2026' }),
    ).toBeVisible();
  });

  it('shows the API’s refusal next to each cell it names, and checks values before sending', async () => {
    const { requests } = fakeApi(
      routes({
        [`PUT ${REPORTING}`]: () =>
          problem('version-mismatch', 412, {
            violations: [
              { field: 'values[1].version', in: 'body', message: 'changed by someone else' },
            ],
          }),
      }),
    );
    const { user } = renderRoute(`${PAGE}/2026-03`);
    await screen.findByRole('table');

    await user.clear(input('IND-01, Herlev'));
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    expect(input('IND-01, Herlev')).toHaveAccessibleDescription(
      'En indberettet værdi kan rettes, men ikke slettes.',
    );
    expect(screen.getByText('Intet blev gemt. Ret det markerede felt, og gem igen.')).toBeVisible();
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    await user.type(input('IND-01, Herlev'), '12');
    await user.type(input('IND-01, Ballerup'), '5');
    await user.type(input('IND-02, Herlev'), '3');
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    // Sent: IND-01 Ballerup (0) and IND-02 Herlev (1); the API names the second.
    await waitFor(() =>
      expect(input('IND-02, Herlev')).toHaveAccessibleDescription(
        'En anden har ændret værdien, siden du åbnede perioden.',
      ),
    );
    expect(input('IND-01, Ballerup')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Intet blev gemt. Ret det markerede felt, og gem igen.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Hent perioden igen' })).toBeVisible();
  });

  it('asks once to confirm every value far above the recent ones, then sends them confirmed', async () => {
    const bodies: PeriodReportInput[] = [];
    fakeApi(
      routes({
        [`PUT ${REPORTING}`]: async (request: Request) => {
          const body = (await request.json()) as PeriodReportInput;
          bodies.push(body);
          if (bodies.length === 1) {
            return problem('confirmation-required', 409, {
              violations: [
                { field: 'values[0].value', in: 'body', message: 'far above' },
                { field: 'values[2].value', in: 'body', message: 'far above' },
              ],
            });
          }
          return saved(body);
        },
      }),
    );
    const { user } = renderRoute(`${PAGE}/2026-03`);
    await screen.findByRole('table');

    await user.type(input('IND-01, Ballerup'), '120');
    await user.type(input('IND-02, Herlev'), '3');
    await user.type(input('IND-02, Ballerup'), '1100');
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    const dialog = await screen.findByRole('dialog', { name: 'Bekræft usædvanlige værdier' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['IND-01, Ballerup: 120 antal', 'IND-02, Ballerup: 1.100 antal']);
    await user.click(within(dialog).getByRole('button', { name: 'Ja, gem værdierne' }));

    expect(await screen.findByText('Gemt: 3 værdier for marts 2026')).toBeVisible();
    expect(bodies).toHaveLength(2);
    expect(bodies[1].values.map((v) => v.confirmed ?? false)).toEqual([true, false, true]);
  });

  it('says so when the organisation reports no indicators in the partnership', async () => {
    fakeApi(routes({ [`GET ${REPORTING}`]: march({ frequencies: [], indicators: [] }) }));

    renderRoute(PAGE);

    expect(
      await screen.findByText(
        'Din organisation indberetter ingen indikatorer i dette partnerskab.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows that it is loading, and an error with a retry', async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    fakeApi(
      routes({
        [`GET ${REPORTING}`]: () => {
          calls += 1;
          if (calls === 1) {
            return new Promise<Response>((resolve) => {
              release = () => resolve(problem('internal', 500));
            });
          }
          return json(march());
        },
      }),
    );
    const { user } = renderRoute(`${PAGE}/2026-03`);

    expect(await screen.findByText('Indlæser perioden …')).toBeVisible();
    release();
    expect(await screen.findByText('Noget gik galt')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));

    expect(await screen.findByRole('table')).toBeVisible();
  });

  it('switches to the latest finished quarter when the quarter is chosen', async () => {
    const asked: (string | null)[] = [];
    fakeApi(
      routes({
        [`GET ${REPORTING}`]: (_request: Request, url: URL) => {
          asked.push(url.searchParams.get('period'));
          return json(
            url.searchParams.get('period') === '2026-Q1'
              ? march({ period: '2026-Q1', frequency: 'QUARTER', indicators: [] })
              : march(),
          );
        },
      }),
    );
    const { user, router } = renderRoute(PAGE);
    await screen.findByRole('table');

    await user.click(screen.getByRole('radio', { name: 'Kvartal' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`${PAGE}/2026-Q1`));
    expect(
      await screen.findByText(
        'Du indberetter ingen indikatorer pr. kvartal. Vælg en anden hyppighed.',
      ),
    ).toBeVisible();
    expect(asked).toEqual([null, '2026-Q1']);
  });
});
