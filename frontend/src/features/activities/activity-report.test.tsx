import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { activity, ACTIVITY_ID, activityPage, citizensMeeting } from '../../test/activity-fixtures';
import { fakeApi, json, problem, type Routes } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import type { ActivityView } from './types';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const ACTIVITIES = `${DETAIL}/activities`;
const ACTIVITIES_PATH = `/partnerskaber/${HERLEV_ID}/indsatser`;

const MEETINGS = citizensMeeting({ canEdit: true });
const REPORT = `${ACTIVITIES}/${MEETINGS.id}/report`;
const ATTACH = 'Vedhæft rapport til »Borgermøder«';

const PDF_BYTES = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37];
const DOCX_BYTES = [0x50, 0x4b, 0x03, 0x04];

function pdf(name = 'Referat af borgermødet.pdf'): File {
  return new File([new Uint8Array(PDF_BYTES)], name, { type: 'application/pdf' });
}

function reportCell(title: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name: title }).closest('tr')!;
  const table = row.closest('table')!;
  const column = within(table)
    .getAllByRole('columnheader')
    .findIndex((header) => header.textContent === 'Rapport');
  return row.children[column] as HTMLElement;
}

function fileInput(title: string): HTMLInputElement {
  const input = reportCell(title).querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error(`no file input for ${title}`);
  return input;
}

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

/** The activities page of an editor, the activity kept as the fake API changes it. */
function stubActivities(routes: Routes = {}) {
  const state: { activity: ActivityView } = { activity: MEETINGS };
  const api = fakeApi({
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
    [`GET ${ACTIVITIES}`]: () => json(activityPage([state.activity])),
    ...routes,
  });
  return { ...api, state };
}

describe('activity reports', () => {
  it('downloads a report with the bearer token, under its Danish name', async () => {
    const saved = captureDownloads();
    const walks = activity();
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${ACTIVITIES}`]: activityPage([walks]),
      [`GET ${ACTIVITIES}/${ACTIVITY_ID}/report`]: () =>
        new Response(new Uint8Array(PDF_BYTES), {
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': `attachment; filename="Tryghedsvandring_H_rsholm.pdf"; filename*=UTF-8''Tryghedsvandring%20H%C3%B8rsholm.pdf`,
          },
        }),
    });
    const { user } = renderRoute(ACTIVITIES_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: 'Hent rapporten »Tryghedsvandring Hørsholm.pdf« for »Tryghedsvandringer«',
      }),
    );

    await waitFor(() =>
      expect(saved).toEqual(['Tryghedsvandring Hørsholm.pdf blob:application/pdf']),
    );
    const get = requests.find((request) => request.url.endsWith('/report'));
    expect(get?.headers.get('Authorization')).toBe('Bearer test-access-token');
  });

  it('attaches a PDF with its name, type and the activity’s version, and bases the next one on the new version', async () => {
    const { requests, state } = stubActivities({
      [`PUT ${REPORT}`]: (request, url) => {
        if (request.headers.get('If-Match') !== `"${state.activity.version}"`) {
          return problem('version-mismatch', 412);
        }
        state.activity = {
          ...state.activity,
          report: {
            filename: url.searchParams.get('filename') ?? '',
            contentType: request.headers.get('Content-Type') ?? '',
            sizeBytes: 8,
          },
          version: state.activity.version + 1,
        };
        return json(state.activity);
      },
    });
    const { user } = renderRoute(ACTIVITIES_PATH);

    const button = await screen.findByRole('button', { name: ATTACH });
    expect(button).toHaveAccessibleDescription('PDF eller Word (.docx), højst 10 MB.');
    expect(reportCell('Borgermøder')).toHaveTextContent('Ingen rapport');
    await user.upload(fileInput('Borgermøder'), pdf());

    expect(
      await screen.findByText(
        'Rapporten »Referat af borgermødet.pdf« er vedhæftet indsatsen »Borgermøder«.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(reportCell('Borgermøder')).toHaveTextContent('Referat af borgermødet.pdf (8 B)'),
    );
    const [first] = requests.filter((request) => request.method === 'PUT');
    expect(new URL(first.url).searchParams.get('filename')).toBe('Referat af borgermødet.pdf');
    expect(first.headers.get('Content-Type')).toBe('application/pdf');
    expect(first.headers.get('If-Match')).toBe('"0"');
    expect([...new Uint8Array(await first.arrayBuffer())]).toEqual(PDF_BYTES);

    // Some systems give a Word file no type; its name says what it is. It replaces the first.
    await user.upload(
      fileInput('Borgermøder'),
      new File([new Uint8Array(DOCX_BYTES)], 'Referat.docx', { type: '' }),
    );

    await waitFor(() => expect(reportCell('Borgermøder')).toHaveTextContent('Referat.docx'));
    const [, second] = requests.filter((request) => request.method === 'PUT');
    expect(second.headers.get('If-Match')).toBe('"1"');
    expect(second.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(
      screen.getByRole('button', { name: 'Erstat rapporten for »Borgermøder«' }),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a file of another type, an empty one and one over 10 MB before sending it', async () => {
    const { requests } = stubActivities();
    renderRoute(ACTIVITIES_PATH);
    // The file dialog only offers PDF and Word; a file picked with "all files" is not.
    const user = userEvent.setup({ applyAccept: false });

    await screen.findByRole('button', { name: ATTACH });
    await user.upload(
      fileInput('Borgermøder'),
      new File(['Noter'], 'noter.xlsx', {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '»noter.xlsx« kan ikke vedhæftes. Vælg en PDF eller et Word-dokument (.docx).',
    );

    await user.upload(
      fileInput('Borgermøder'),
      new File([], 'tom.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '»tom.pdf« er tom. Vælg en anden fil.',
    );

    const large = pdf('Scanning.pdf');
    Object.defineProperty(large, 'size', { value: 10 * 1024 * 1024 + 1 });
    await user.upload(fileInput('Borgermøder'), large);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '»Scanning.pdf« er større end 10 MB. Vælg en mindre fil.',
    );
    expect(requests.filter((request) => request.method === 'PUT')).toEqual([]);
  });

  it('asks for a reload when the activity changed before the upload, and then bases it on the newest version', async () => {
    const { requests, state } = stubActivities({
      [`PUT ${REPORT}`]: (request) =>
        request.headers.get('If-Match') === `"${state.activity.version}"`
          ? json({ ...state.activity, report: activity().report, version: 6 })
          : problem('version-mismatch', 412),
    });
    const { user } = renderRoute(ACTIVITIES_PATH);

    await screen.findByRole('button', { name: ATTACH });
    state.activity = { ...state.activity, version: 5 };
    await user.upload(fileInput('Borgermøder'), pdf());

    expect(await screen.findByText('Ændringerne er ikke gemt')).toBeVisible();
    await user.click(within(reportCell('Borgermøder')).getByRole('button', { name: 'Genindlæs' }));
    await waitFor(() =>
      expect(within(reportCell('Borgermøder')).queryByText('Ændringerne er ikke gemt')).toBeNull(),
    );
    await user.upload(fileInput('Borgermøder'), pdf());

    await waitFor(() =>
      expect(reportCell('Borgermøder')).toHaveTextContent('Tryghedsvandring Hørsholm.pdf'),
    );
    expect(
      requests
        .filter((request) => request.method === 'PUT')
        .map((request) => request.headers.get('If-Match')),
    ).toEqual(['"0"', '"5"']);
  });

  it('names what the API refused in a file it did not take', async () => {
    stubActivities({
      [`PUT ${REPORT}`]: () =>
        problem('validation-failed', 400, {
          violations: [{ field: 'file', in: 'body', message: 'must be a PDF' }],
        }),
    });
    const { user } = renderRoute(ACTIVITIES_PATH);

    await screen.findByRole('button', { name: ATTACH });
    await user.upload(fileInput('Borgermøder'), pdf('Forfalsket.pdf'));

    const alert = await within(reportCell('Borgermøder')).findByText(
      'Rapporten blev ikke vedhæftet',
    );
    const box = alert.closest('[role="alert"]') as HTMLElement;
    expect(box).toHaveTextContent('Værdien i feltet »Fil« er ugyldig.');
    expect(box).toHaveTextContent(
      'Rapporten skal være en PDF eller et Word-dokument (.docx) på højst 10 MB.',
    );
  });

  it('offers no upload to a member who may not change the activity', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership(),
      [`GET ${ACTIVITIES}`]: activityPage([citizensMeeting()]),
    });
    renderRoute(ACTIVITIES_PATH);

    await screen.findByRole('rowheader', { name: 'Borgermøder' });
    expect(reportCell('Borgermøder')).toHaveTextContent('Ingen rapport');
    expect(screen.queryByRole('button', { name: ATTACH })).not.toBeInTheDocument();
    expect(reportCell('Borgermøder').querySelector('input[type="file"]')).toBeNull();
  });
});
