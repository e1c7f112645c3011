import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, problem, type Routes } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import {
  INDICATOR_ID,
  indicator,
  indicatorPage,
  quarterSeries,
} from '../../test/indicator-fixtures';
import { renderRoute } from '../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const INDICATORS = `${DETAIL}/indicators`;
const INDICATOR = `${INDICATORS}/${INDICATOR_ID}`;
const LIST_PATH = `/partnerskaber/${HERLEV_ID}/indikatorer`;
const INDICATOR_PATH = `${LIST_PATH}/${INDICATOR_ID}`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Records each file handed to the browser as "name href" instead of saving it. */
function captureDownloads(): string[] {
  const createObjectURL = vi.fn((blob: Blob) => `blob:${blob.type || 'file'}`);
  Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true });
  Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
  const saved: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(`${this.download} ${this.getAttribute('href')}`);
  });
  return saved;
}

function file(type: string, disposition?: string): Response {
  return new Response('indikator;område;periode;værdi\n', {
    headers: {
      'Content-Type': type,
      ...(disposition ? { 'Content-Disposition': disposition } : {}),
    },
  });
}

/**
 * A format in the open menu. jsdom lays nothing out, so the menu's button seems scrolled out of
 * sight and the menu counts as hidden.
 */
function findChoice(name: string): Promise<HTMLElement> {
  return screen.findByRole('menuitem', { name, hidden: true });
}

function routes(extra: Routes = {}): Routes {
  return {
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
    [`GET ${INDICATORS}`]: indicatorPage([indicator({ canEdit: false, canReport: false })]),
    [`GET ${INDICATOR}`]: indicator({ canEdit: false, canReport: false }),
    [`GET ${INDICATOR}/series`]: quarterSeries(),
    [`GET ${INDICATOR}/measurements`]: [],
    ...extra,
  };
}

describe('exporting values', () => {
  it('downloads all the partnership’s values as Excel with the bearer token', async () => {
    const saved = captureDownloads();
    const { requests } = fakeApi(
      routes({
        [`GET ${DETAIL}/measurements/export`]: () =>
          file(XLSX, 'attachment; filename="vaerdier.xlsx"'),
      }),
    );
    const { user } = renderRoute(LIST_PATH);

    await user.click(await screen.findByRole('button', { name: 'Eksportér alle værdier' }));
    expect(await findChoice('CSV-fil (.csv)')).toBeInTheDocument();
    await user.click(await findChoice('Excel-fil (.xlsx)'));

    await waitFor(() => expect(saved).toEqual([`vaerdier.xlsx blob:${XLSX}`]));
    const download = requests.find((request) => request.url.includes('/measurements/export'));
    expect(new URL(download!.url).searchParams.get('format')).toBe('xlsx');
    expect(download?.headers.get('Authorization')).toBe('Bearer test-access-token');
  });

  it('downloads one indicator’s values as CSV, named by its code when the API’s name is hidden', async () => {
    const saved = captureDownloads();
    const { requests } = fakeApi(
      routes({ [`GET ${INDICATOR}/export`]: () => file('text/csv;charset=utf-8') }),
    );
    const { user } = renderRoute(INDICATOR_PATH);

    await user.click(await screen.findByRole('button', { name: 'Eksportér' }));
    await user.click(await findChoice('CSV-fil (.csv)'));

    await waitFor(() => expect(saved).toEqual(['IND-01.csv blob:text/csv;charset=utf-8']));
    const download = requests.find((request) => request.url.includes(`${INDICATOR}/export`));
    expect(new URL(download!.url).searchParams.get('format')).toBe('csv');
  });

  it('says so when the values cannot be exported', async () => {
    const saved = captureDownloads();
    fakeApi(routes({ [`GET ${DETAIL}/measurements/export`]: () => problem('forbidden', 403) }));
    const { user } = renderRoute(LIST_PATH);

    await user.click(await screen.findByRole('button', { name: 'Eksportér alle værdier' }));
    await user.click(await findChoice('CSV-fil (.csv)'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Værdierne kunne ikke eksporteres\. Du har ikke adgang til dette\./,
    );
    expect(saved).toEqual([]);
  });

  it('offers no export before the partnership has indicators', async () => {
    fakeApi(routes({ [`GET ${INDICATORS}`]: indicatorPage([]) }));
    renderRoute(LIST_PATH);

    expect(await screen.findByText('Ingen indikatorer')).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Eksportér alle værdier' }),
    ).not.toBeInTheDocument();
  });
});
