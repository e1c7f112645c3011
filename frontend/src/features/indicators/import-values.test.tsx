import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem, type Routes } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import {
  csvFile,
  importReport,
  importRow,
  mixedRows,
  rejectedRow,
} from '../../test/import-fixtures';
import {
  INDICATOR_ID,
  indicator,
  indicatorPage,
  quarterSeries,
} from '../../test/indicator-fixtures';
import { renderRoute } from '../../test/render';
import type { ImportReport } from './types';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const INDICATORS = `${DETAIL}/indicators`;
const INDICATOR = `${INDICATORS}/${INDICATOR_ID}`;
const IMPORT = `${DETAIL}/measurements/import`;
const LIST_PATH = `/partnerskaber/${HERLEV_ID}/indikatorer`;
const INDICATOR_PATH = `${LIST_PATH}/${INDICATOR_ID}`;
const FILE_LABEL = 'Fil med værdier (CSV eller Excel)';
const CSV_TEXT = 'indikator;område;periode;værdi\nIND-01;Herlev;2026-Q1;20\n';

/** Answers the preview with `preview` and the import itself with `stored` (or a function of it). */
function importRoute(preview: ImportReport, stored: () => Response = () => json(preview)) {
  return (_request: Request, url: URL) =>
    url.searchParams.get('dryRun') === 'false' ? stored() : json(preview);
}

function listRoutes(extra: Routes = {}): Routes {
  return {
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
    [`GET ${INDICATORS}`]: indicatorPage([indicator({ canEdit: false })]),
    ...extra,
  };
}

function indicatorRoutes(extra: Routes = {}): Routes {
  return {
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
    [`GET ${INDICATOR}`]: indicator({ canEdit: false }),
    [`GET ${INDICATOR}/series`]: quarterSeries(),
    [`GET ${INDICATOR}/measurements`]: [],
    ...extra,
  };
}

function dialog(): HTMLElement {
  return screen.getByRole('dialog', { name: 'Importér værdier' });
}

function previewRows(): HTMLElement[] {
  return within(screen.getByRole('table', { name: 'Forhåndsvisning' }))
    .getAllByRole('row')
    .slice(1);
}

function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
}

function imports(requests: Request[], dryRun: 'true' | 'false'): Request[] {
  return requests.filter(
    (request) =>
      request.method === 'POST' && new URL(request.url).searchParams.get('dryRun') === dryRun,
  );
}

type User = ReturnType<typeof renderRoute>['user'];

async function openDialog(user: User): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: 'Importér værdier' }));
  const opened = await screen.findByRole('dialog', { name: 'Importér værdier' });
  // The dialog fades in; until it has, nothing in it counts as visible.
  await waitFor(() => expect(opened).toBeVisible());
  return opened;
}

async function openAndChoose(user: User, file = csvFile()) {
  await openDialog(user);
  await user.upload(within(dialog()).getByLabelText(FILE_LABEL), file);
}

describe('importing values', () => {
  it('previews each row of the file in Danish, marking the rejected ones and why', async () => {
    const { requests } = fakeApi(listRoutes({ [`POST ${IMPORT}`]: importReport(mixedRows()) }));
    const { user } = renderRoute(LIST_PATH);

    await openDialog(user);
    expect(within(dialog()).getByRole('heading', { name: 'Filens kolonner' })).toBeVisible();
    expect(dialog()).toHaveTextContent('indikator: indikatorens kode, fx IND-01');
    expect(dialog()).toHaveTextContent('periode: i indikatorens hyppighed');
    const input = within(dialog()).getByLabelText(FILE_LABEL);
    expect(input).toHaveAttribute('accept', expect.stringContaining('.csv,.xlsx'));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('højst 10 MB'));

    await user.upload(input, csvFile('værdier.csv', CSV_TEXT));

    expect(await screen.findByRole('table', { name: 'Forhåndsvisning' })).toBeVisible();
    expect(dialog()).toHaveTextContent('3 oprettes, 1 rettes, 1 uændret, 2 afvises');
    expect(
      within(dialog()).getByText(
        'Forhåndsvisningen er klar: 3 oprettes, 1 rettes, 1 uændret, 2 afvises.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(previewRows().map(cells)).toEqual([
      ['2', 'IND-01', 'Herlev', '1. kvartal 2026', '20', 'Oprettes'],
      ['3', 'IND-01', 'Ballerup', '1. kvartal 2026', '1.234,5', 'Oprettes'],
      ['4', 'IND-01', 'Gladsaxe', '2. kvartal 2026', '17', 'Oprettes'],
      ['5', 'IND-01', 'Herlev', '4. kvartal 2025', '18,5', 'Rettes (før: 185)'],
      ['6', 'IND-01', 'Ballerup', '4. kvartal 2025', '14', 'Uændret'],
      [
        '7',
        'IND-01',
        'Hvidovre',
        '1. kvartal 2026',
        '20',
        'Afvises: indikatoren har intet område, der hedder »Hvidovre«',
      ],
      [
        '8',
        'IND-01',
        'Herlev',
        '1. kvartal 2026',
        '–Tom',
        'Afvises: værdien er ikke et tal – skriv fx 12 eller 12,5',
      ],
    ]);
    expect(
      previewRows()
        .filter((row) => row.dataset.outcome === 'REJECT')
        .map((row) => cells(row)[0]),
    ).toEqual(['7', '8']);

    const [preview] = imports(requests, 'true');
    const url = new URL(preview.url);
    expect(url.searchParams.get('filename')).toBe('værdier.csv');
    expect(preview.headers.get('Content-Type')).toBe('text/csv');
    expect(preview.headers.get('Authorization')).toBe('Bearer test-access-token');
    expect(await preview.text()).toBe(CSV_TEXT);
    expect(imports(requests, 'false')).toHaveLength(0);
  });

  it('words every reason a row can be rejected for', async () => {
    const reasons = [
      rejectedRow(2, 'MISSING_INDICATOR', { indicatorCode: null }),
      rejectedRow(3, 'UNKNOWN_INDICATOR', { indicatorCode: 'IND-99' }),
      rejectedRow(4, 'NOT_REPORTER', { indicatorCode: 'IND-02' }),
      rejectedRow(5, 'MISSING_AREA', { area: null }),
      rejectedRow(6, 'UNKNOWN_AREA', { area: 'Hvidovre' }),
      rejectedRow(7, 'BAD_PERIOD', { period: '2026-13' }),
      rejectedRow(8, 'MISSING_VALUE', { value: null }),
      rejectedRow(9, 'NOT_A_NUMBER', { value: null }),
      rejectedRow(10, 'NEGATIVE', { value: -3 }),
      rejectedRow(11, 'TOO_LARGE', { value: 2e12 }),
      rejectedRow(12, 'DUPLICATE'),
    ];
    fakeApi(listRoutes({ [`POST ${IMPORT}`]: importReport(reasons) }));
    const { user } = renderRoute(LIST_PATH);

    await openAndChoose(user);

    await screen.findByRole('table', { name: 'Forhåndsvisning' });
    expect(previewRows().map((row) => cells(row).at(-1))).toEqual([
      'Afvises: der står ingen indikatorkode',
      'Afvises: partnerskabet har ingen indikator med koden »IND-99«',
      'Afvises: du indberetter ikke værdier for »IND-02«',
      'Afvises: der står intet område',
      'Afvises: indikatoren har intet område, der hedder »Hvidovre«',
      'Afvises: perioden mangler eller passer ikke til indikatorens hyppighed – skriv fx 2026-03, 2026-Q1 eller 2026',
      'Afvises: der står ingen værdi',
      'Afvises: værdien er ikke et tal – skriv fx 12 eller 12,5',
      'Afvises: værdien må ikke være negativ for denne indikator',
      'Afvises: værdien er for stor',
      'Afvises: en tidligere række har samme indikator, område og periode',
    ]);
    expect(cells(previewRows()[0])[1]).toBe('–Tom');
    expect(cells(previewRows()[5])[3]).toBe('2026-13');
    expect(cells(previewRows()[8])[4]).toBe('-3');
  });

  it('will not store while any row is rejected, and says why', async () => {
    const { requests } = fakeApi(listRoutes({ [`POST ${IMPORT}`]: importReport(mixedRows()) }));
    const { user } = renderRoute(LIST_PATH);

    await openAndChoose(user);

    const store = await within(dialog()).findByRole('button', { name: 'Gem værdierne' });
    expect(store).toBeDisabled();
    expect(store).toHaveAccessibleDescription(
      'Ret filen: ingen værdier gemmes, så længe en række afvises. Vælg derefter den rettede fil igen.',
    );
    await user.click(
      within(dialog()).getByRole('checkbox', { name: 'Vis kun rækker, der afvises' }),
    );
    expect(previewRows().map((row) => cells(row)[0])).toEqual(['7', '8']);
    expect(imports(requests, 'false')).toHaveLength(0);
  });

  it('stores the previewed file, says how many values were saved and reads the indicator again', async () => {
    const rows = [
      importRow({ row: 2 }),
      importRow({ row: 3, area: 'Ballerup' }),
      importRow({ row: 4, area: 'Gladsaxe' }),
      importRow({ row: 5, outcome: 'CORRECT', previousValue: 19 }),
      importRow({ row: 6, outcome: 'UNCHANGED', area: 'Ballerup', period: '2025-Q4' }),
    ];
    const preview = importReport(rows);
    const { requests } = fakeApi(
      indicatorRoutes({
        [`POST ${IMPORT}`]: importRoute(preview, () =>
          json({ ...preview, dryRun: false, stored: true }),
        ),
      }),
    );
    const { user } = renderRoute(INDICATOR_PATH);

    await openDialog(user);
    expect(dialog()).toHaveTextContent(
      'Denne indikator har koden IND-01 og områderne »Herlev«, »Ballerup« og »Gladsaxe«, og perioden skrives fx 2026-Q1.',
    );
    await user.upload(
      within(dialog()).getByLabelText(FILE_LABEL),
      csvFile('indbrud.csv', CSV_TEXT),
    );
    expect(await screen.findByText('3 oprettes, 1 rettes, 1 uændret, 0 afvises')).toBeVisible();
    const reads = (path: string) =>
      requests.filter(
        (request) => request.method === 'GET' && new URL(request.url).pathname === path,
      ).length;
    const before = {
      indicator: reads(INDICATOR),
      series: reads(`${INDICATOR}/series`),
      measurements: reads(`${INDICATOR}/measurements`),
    };

    const store = within(dialog()).getByRole('button', { name: 'Gem værdierne' });
    expect(store).toBeEnabled();
    await user.click(store);

    expect(
      await screen.findByText('4 værdier er gemt. 1 værdi var allerede gemt og er uændret.'),
    ).toHaveAttribute('role', 'status');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Importér værdier' })).not.toBeInTheDocument(),
    );
    const [stored] = imports(requests, 'false');
    expect(new URL(stored.url).searchParams.get('filename')).toBe('indbrud.csv');
    // What the user saw is what may be stored: values changed after the preview are reported.
    expect(new URL(stored.url).searchParams.get('previewedAt')).toBe(preview.previewedAt);
    expect(stored.headers.get('Content-Type')).toBe('text/csv');
    expect(await stored.text()).toBe(CSV_TEXT);
    await waitFor(() => {
      expect(reads(INDICATOR)).toBeGreaterThan(before.indicator);
      expect(reads(`${INDICATOR}/series`)).toBeGreaterThan(before.series);
      expect(reads(`${INDICATOR}/measurements`)).toBeGreaterThan(before.measurements);
    });
  });

  it('refreshes the list of indicators after storing', async () => {
    const preview = importReport([importRow()]);
    const { requests } = fakeApi(
      listRoutes({
        [`POST ${IMPORT}`]: importRoute(preview, () =>
          json({ ...preview, dryRun: false, stored: true }),
        ),
      }),
    );
    const { user } = renderRoute(LIST_PATH);
    await openAndChoose(user);
    const lists = () =>
      requests.filter((request) => new URL(request.url).pathname === INDICATORS).length;
    const before = lists();

    await user.click(await within(dialog()).findByRole('button', { name: 'Gem værdierne' }));

    expect(await screen.findByText('1 værdi er gemt.')).toBeVisible();
    await waitFor(() => expect(lists()).toBeGreaterThan(before));
  });

  it('offers a new preview when rows are rejected on storing', async () => {
    const preview = importReport([importRow(), importRow({ row: 3, area: 'Ballerup' })]);
    const { requests } = fakeApi(
      listRoutes({
        [`POST ${IMPORT}`]: importRoute(preview, () =>
          problem('validation-failed', 400, {
            violations: [{ field: 'row 3', in: 'body', message: 'the indicator has no area' }],
          }),
        ),
      }),
    );
    const { user } = renderRoute(LIST_PATH);
    await openAndChoose(user);

    await user.click(await within(dialog()).findByRole('button', { name: 'Gem værdierne' }));

    expect(await within(dialog()).findByText('Værdierne blev ikke gemt')).toBeVisible();
    expect(dialog()).toHaveTextContent('Rækker, der afvises: 3');
    expect(dialog()).toHaveTextContent('Ingen værdier er gemt.');
    await user.click(within(dialog()).getByRole('button', { name: 'Lav forhåndsvisningen igen' }));
    await waitFor(() => expect(imports(requests, 'true')).toHaveLength(2));
    expect(within(dialog()).queryByText('Værdierne blev ikke gemt')).not.toBeInTheDocument();
  });

  it('says which rows someone changed after the preview, and offers a new preview', async () => {
    const preview = importReport([importRow(), importRow({ row: 3, area: 'Ballerup' })]);
    const { requests } = fakeApi(
      listRoutes({
        [`POST ${IMPORT}`]: importRoute(preview, () =>
          problem('conflict', 409, {
            violations: [
              {
                field: 'row 3',
                in: 'body',
                message: 'the value was entered or corrected by someone else meanwhile',
              },
            ],
          }),
        ),
      }),
    );
    const { user } = renderRoute(LIST_PATH);
    await openAndChoose(user);

    await user.click(await within(dialog()).findByRole('button', { name: 'Gem værdierne' }));

    expect(
      await within(dialog()).findByText(
        'En anden har indtastet eller rettet værdier i nogle af filens rækker, efter ' +
          'forhåndsvisningen blev lavet. Ingen værdier er gemt. Lav forhåndsvisningen igen for at ' +
          'se de nye værdier, før du gemmer.',
      ),
    ).toBeVisible();
    expect(within(dialog()).getByText('Rækker med nye værdier: 3')).toBeVisible();
    const previews = imports(requests, 'true').length;
    await user.click(within(dialog()).getByRole('button', { name: 'Lav forhåndsvisningen igen' }));
    await waitFor(() => expect(imports(requests, 'true')).toHaveLength(previews + 1));
  });

  it('explains the columns again when the file cannot be read', async () => {
    fakeApi(
      listRoutes({
        [`POST ${IMPORT}`]: () =>
          problem('validation-failed', 400, {
            violations: [{ field: 'file', in: 'body', message: 'needs the columns' }],
          }),
      }),
    );
    const { user } = renderRoute(LIST_PATH);

    await openAndChoose(user);

    expect(await within(dialog()).findByText('Filen kunne ikke læses')).toBeVisible();
    expect(dialog()).toHaveTextContent(
      'første række har overskrifterne indikator, område, periode og værdi',
    );
    expect(
      within(dialog()).queryByRole('button', { name: 'Gem værdierne' }),
    ).not.toBeInTheDocument();
  });

  it('shows progress while the preview is made', async () => {
    let answer: (response: Response) => void = () => undefined;
    fakeApi(
      listRoutes({
        [`POST ${IMPORT}`]: () => new Promise<Response>((resolve) => (answer = resolve)),
      }),
    );
    const { user } = renderRoute(LIST_PATH);

    await openAndChoose(user, csvFile('indbrud.csv'));

    expect(
      await within(dialog()).findByText('Læser »indbrud.csv« og laver forhåndsvisningen …'),
    ).toBeVisible();
    answer(json(importReport([importRow()])));
    expect(await within(dialog()).findByRole('table', { name: 'Forhåndsvisning' })).toBeVisible();
  });

  it('refuses files that are not CSV or Excel, or too large, without sending them', async () => {
    const { requests } = fakeApi(listRoutes());
    const { user } = renderRoute(LIST_PATH);
    await openDialog(user);
    const input = within(dialog()).getByLabelText(FILE_LABEL);

    fireEvent.change(input, {
      target: { files: [new File(['%PDF'], 'rapport.pdf', { type: 'application/pdf' })] },
    });
    expect(
      await within(dialog()).findByText(
        '»rapport.pdf« er hverken en CSV-fil (.csv) eller en Excel-fil (.xlsx).',
      ),
    ).toBeVisible();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringMatching(/^»rapport\.pdf« er hverken/));

    const large = csvFile('stor.csv');
    Object.defineProperty(large, 'size', { value: 10 * 1024 * 1024 + 1 });
    fireEvent.change(input, { target: { files: [large] } });
    expect(
      await within(dialog()).findByText(
        '»stor.csv« er større end 10 MB. Del værdierne op i flere filer.',
      ),
    ).toBeVisible();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('is offered only to those who report for an indicator, or edit the partnership', async () => {
    fakeApi(
      listRoutes({
        [`GET ${INDICATORS}`]: indicatorPage([indicator({ canEdit: false, canReport: false })]),
      }),
    );
    renderRoute(LIST_PATH);

    expect(await screen.findByRole('button', { name: 'Eksportér alle værdier' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Importér værdier' })).not.toBeInTheDocument();
  });

  it('is offered to editors even when they report for no indicator', async () => {
    fakeApi(
      listRoutes({
        [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
        [`GET ${INDICATORS}`]: indicatorPage([indicator({ canReport: false })]),
      }),
    );
    renderRoute(LIST_PATH);

    expect(await screen.findByRole('button', { name: 'Importér værdier' })).toBeVisible();
  });

  it('is not offered on the page of an indicator the user does not report for', async () => {
    fakeApi(
      indicatorRoutes({ [`GET ${INDICATOR}`]: indicator({ canEdit: false, canReport: false }) }),
    );
    renderRoute(INDICATOR_PATH);

    expect(await screen.findByRole('button', { name: 'Eksportér' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Importér værdier' })).not.toBeInTheDocument();
  });
});
