import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentInfo, TermInput, TermView } from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const TERMS = `${DETAIL}/terms`;
const DETAIL_PATH = `/partnerskaber/${HERLEV_ID}`;

const [FIRST, CURRENT] = partnership().terms;
const CURRENT_PERIOD = '1. januar 2022 – 31. december 2027';
const AGREEMENT: DocumentInfo = {
  id: '30000000-0000-4000-8000-000000000001',
  filename: 'partnerskabsaftale-2022.pdf',
  sizeBytes: 482133,
  uploadedAt: '2026-03-12T13:05:00Z',
  uploadedBy: 'Lene Bøgh Andersen',
};
const PDF_BYTES = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37];

function termsTable(): HTMLElement {
  return within(screen.getByRole('region', { name: 'Aftaleperioder' })).getByRole('table', {
    name: 'Aftaleperioder',
  });
}

function termRows(): HTMLElement[] {
  return within(termsTable()).getAllByRole('row').slice(1);
}

/** The date inputs have no role; their labels end in the required asterisk. */
function dateInput(container: HTMLElement, label: string): HTMLInputElement {
  return within(container).getByLabelText(new RegExp(`^${label}`));
}

function fileInput(dialog: HTMLElement): HTMLInputElement {
  const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input in the dialog');
  return input;
}

function pdf(name = 'aftale-2028.pdf', bytes = PDF_BYTES): File {
  return new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });
}

describe('TermsSection for members', () => {
  it('shows the terms and the signed agreement, without controls to change them', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({
        myRole: 'MEMBER',
        terms: [FIRST, { ...CURRENT, agreementDocument: AGREEMENT }],
      }),
    });

    renderRoute(DETAIL_PATH);

    await screen.findByRole('heading', { level: 2, name: 'Aftaleperioder' });
    const [first, current] = termRows();
    expect(within(first).getByRole('rowheader')).toHaveTextContent(
      '1. september 2013 – 31. december 2015',
    );
    expect(first).toHaveTextContent('Ikke uploadet');
    expect(
      within(current).getByRole('button', {
        name: 'Hent partnerskabsaftale-2022.pdf (PDF, 471 kB)',
      }),
    ).toBeVisible();
    expect(current).toHaveTextContent('PDF, 471 kB · uploadet 12.03.2026 af Lene Bøgh Andersen');
    for (const name of ['Tilføj aftaleperiode', 'Forny aftalen', /^Rediger aftaleperioden/]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('button', { name: /^Upload underskrevet/ })).not.toBeInTheDocument();
  });
});

describe('TermsSection for the secretariat', () => {
  it('adds a term', async () => {
    let terms: TermView[] = [];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(partnership({ myRole: 'SECRETARIAT', terms })),
      [`POST ${TERMS}`]: async (request) => {
        const input = (await request.clone().json()) as TermInput;
        const created: TermView = {
          ...FIRST,
          id: 'b0000000-0000-4000-8000-000000000009',
          evaluationOutcome: null,
          note: null,
          signedOn: input.signedOn ?? null,
          startDate: input.startDate,
          endDate: input.endDate,
          kind: input.kind,
        };
        terms = [created];
        return json(created, 201);
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    expect(
      await screen.findByText('Der er ikke registreret nogen aftaleperioder.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Forny aftalen' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tilføj aftaleperiode' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj aftaleperiode' });
    expect(within(dialog).getByRole('combobox', { name: 'Type' })).toHaveValue('INITIAL');
    expect(within(dialog).queryByRole('textbox', { name: 'Evaluering' })).not.toBeInTheDocument();
    await user.type(dateInput(dialog, 'Startdato'), '2013-09-01');
    await user.type(dateInput(dialog, 'Slutdato'), '2015-12-31');
    await user.type(dateInput(dialog, 'Underskrevet den'), '2013-08-20');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(termRows()[0]).toHaveTextContent('1. september 2013 – 31. december 2015'),
    );
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      startDate: '2013-09-01',
      endDate: '2015-12-31',
      kind: 'INITIAL',
      signedOn: '2013-08-20',
    });
  });

  it('needs both dates, the end after the start, before it adds a term', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT', terms: [] }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj aftaleperiode' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj aftaleperiode' });
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    expect(dateInput(dialog, 'Startdato')).toHaveAccessibleDescription('Vælg en startdato.');
    expect(dateInput(dialog, 'Slutdato')).toHaveAccessibleDescription('Vælg en slutdato.');
    await user.type(dateInput(dialog, 'Startdato'), '2016-01-01');
    await user.type(dateInput(dialog, 'Slutdato'), '2015-12-31');
    expect(dateInput(dialog, 'Slutdato')).toHaveAccessibleDescription(
      'Slutdatoen skal ligge efter startdatoen.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('says which term a new period overlaps, without asking the server', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj aftaleperiode' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj aftaleperiode' });
    expect(within(dialog).getByRole('combobox', { name: 'Type' })).toHaveValue('RENEWAL');
    await user.type(dateInput(dialog, 'Startdato'), '2015-01-01');
    await user.type(dateInput(dialog, 'Slutdato'), '2016-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    expect(dateInput(dialog, 'Startdato')).toHaveAccessibleDescription(
      'Perioden overlapper aftaleperioden 1. september 2013 – 31. december 2015.',
    );
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('renews the agreement from the day after the current term ends', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`POST ${TERMS}`]: () => json({ ...CURRENT, id: 'b0000000-0000-4000-8000-000000000010' }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Forny aftalen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Forny aftalen' });
    expect(dateInput(dialog, 'Startdato')).toHaveValue('2028-01-01');
    expect(within(dialog).getByRole('combobox', { name: 'Type' })).toHaveValue('RENEWAL');
    const end = dateInput(dialog, 'Slutdato');
    await waitFor(() => expect(end).toHaveFocus());
    await user.type(end, '2031-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      startDate: '2028-01-01',
      endDate: '2031-12-31',
      kind: 'RENEWAL',
    });
  });

  it('records the evaluation outcome of a term, with If-Match of its version', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`PUT ${TERMS}/${CURRENT.id}`]: { ...CURRENT, version: 1 },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: `Rediger aftaleperioden ${CURRENT_PERIOD}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rediger aftaleperiode' });
    expect(dateInput(dialog, 'Underskrevet den')).toHaveValue('2021-12-15');
    await user.click(within(dialog).getByRole('textbox', { name: 'Evaluering' }));
    await user.paste('Partnerskabet videreføres med to nye indsatsområder.');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"0"');
    expect(await put?.json()).toEqual({
      startDate: '2022-01-01',
      endDate: '2027-12-31',
      kind: 'RENEWAL',
      signedOn: '2021-12-15',
      evaluationOutcome: 'Partnerskabet videreføres med to nye indsatsområder.',
    });
  });

  it('shows the 412 conflict when the term changed meanwhile, and reloads it', async () => {
    let current = CURRENT;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () =>
        json(partnership({ myRole: 'SECRETARIAT', terms: [FIRST, current] })),
      [`PUT ${TERMS}/${CURRENT.id}`]: (request) =>
        request.headers.get('If-Match') === `"${current.version}"`
          ? json({ ...current, version: current.version + 1 })
          : problem('version-mismatch', 412),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: `Rediger aftaleperioden ${CURRENT_PERIOD}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rediger aftaleperiode' });
    current = { ...CURRENT, note: 'Ændret af en kollega.', version: 1 };
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede. Genindlæs for at se den nyeste version – dine ændringer er ikke gemt.',
    );
    await user.click(within(alert).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue(
        'Ændret af en kollega.',
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('says at the start date when the server finds the period overlapping', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`PUT ${TERMS}/${CURRENT.id}`]: () =>
        problem('validation-failed', 400, {
          violations: [
            {
              field: 'startDate',
              in: 'body',
              message: 'overlaps the term 2020-01-01 – 2022-06-30',
            },
          ],
        }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: `Rediger aftaleperioden ${CURRENT_PERIOD}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rediger aftaleperiode' });
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() =>
      expect(dateInput(dialog, 'Startdato')).toHaveAccessibleDescription(
        'Perioden overlapper en anden aftaleperiode. Ret datoerne.',
      ),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Værdien i feltet »Startdato« er ugyldig.',
    );
  });

  it('deletes a term after asking, with If-Match of its version', async () => {
    let terms = [FIRST, { ...CURRENT, version: 4 }];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(partnership({ myRole: 'SECRETARIAT', terms })),
      [`DELETE ${TERMS}/${CURRENT.id}`]: () => {
        terms = [FIRST];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: `Slet aftaleperioden ${CURRENT_PERIOD}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Slet aftaleperiode' });
    expect(dialog).toHaveTextContent(
      `Vil du slette aftaleperioden ${CURRENT_PERIOD}? Du kan gendanne den fra historikken.`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Slet' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(termRows()).toHaveLength(1));
    const deletion = requests.find((request) => request.method === 'DELETE');
    expect(deletion?.headers.get('If-Match')).toBe('"4"');
  });
});

describe('the signed agreement', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('uploads the signed agreement as a PDF and shows its name and size', async () => {
    let terms = [FIRST, CURRENT];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(partnership({ myRole: 'SECRETARIAT', terms })),
      [`PUT ${TERMS}/${CURRENT.id}/agreement`]: () => {
        const stored = { ...AGREEMENT, filename: 'aftale-2028.pdf', sizeBytes: 2_621_440 };
        terms = [FIRST, { ...CURRENT, agreementDocument: stored }];
        return json(stored);
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: `Upload underskrevet aftale for ${CURRENT_PERIOD}`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Upload underskrevet aftale' });
    expect(dialog).toHaveTextContent(`Aftaleperiode: ${CURRENT_PERIOD}`);
    await user.upload(fileInput(dialog), pdf());
    expect(within(dialog).getByRole('button', { name: /^PDF-fil/ })).toHaveTextContent(
      'aftale-2028.pdf',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByRole('button', { name: 'Hent aftale-2028.pdf (PDF, 2,5 MB)' }),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: `Erstat underskrevet aftale for ${CURRENT_PERIOD}` }),
    ).toBeVisible();
    const put = requests.find((request) => request.method === 'PUT');
    const url = new URL(put!.url);
    expect(url.searchParams.get('filename')).toBe('aftale-2028.pdf');
    expect(put?.headers.get('Content-Type')).toBe('application/pdf');
    expect(put?.headers.get('If-Match')).toBe(`"${CURRENT.version}"`);
    expect([...new Uint8Array(await put!.arrayBuffer())]).toEqual(PDF_BYTES);
  });

  it('says so when the term changed before the upload, and fetches it again', async () => {
    let reads = 0;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => {
        reads += 1;
        return json(partnership({ myRole: 'SECRETARIAT', terms: [FIRST, CURRENT] }));
      },
      [`PUT ${TERMS}/${CURRENT.id}/agreement`]: () => problem('version-mismatch', 412),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: `Upload underskrevet aftale for ${CURRENT_PERIOD}`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Upload underskrevet aftale' });
    await user.upload(fileInput(dialog), pdf());
    const readsBefore = reads;
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'En anden har ændret oplysningerne',
    );
    await waitFor(() => expect(reads).toBeGreaterThan(readsBefore));
  });

  it('rejects a non-PDF file before uploading', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    });
    renderRoute(DETAIL_PATH);
    // The file picker would only offer PDFs; a file dropped or picked with "all files" is not.
    const user = userEvent.setup({ applyAccept: false });

    await user.click(
      await screen.findByRole('button', {
        name: `Upload underskrevet aftale for ${CURRENT_PERIOD}`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Upload underskrevet aftale' });
    await user.upload(
      fileInput(dialog),
      new File(['Referat'], 'referat.docx', {
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
    );

    expect(within(dialog).getByRole('button', { name: /^PDF-fil/ })).toHaveAccessibleDescription(
      expect.stringContaining('Filen er ikke en PDF. Vælg den underskrevne aftale som PDF-fil.'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    expect(requests.filter((request) => request.method === 'PUT')).toEqual([]);
  });

  it('rejects a PDF larger than 10 MB before uploading', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: `Upload underskrevet aftale for ${CURRENT_PERIOD}`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Upload underskrevet aftale' });
    const large = pdf('scanning.pdf');
    Object.defineProperty(large, 'size', { value: 10 * 1024 * 1024 + 1 });
    await user.upload(fileInput(dialog), large);
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));

    expect(within(dialog).getByRole('button', { name: /^PDF-fil/ })).toHaveAccessibleDescription(
      expect.stringContaining('Filen er større end 10 MB.'),
    );
    expect(requests.filter((request) => request.method === 'PUT')).toEqual([]);
  });

  it('needs a file before it uploads', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: `Upload underskrevet aftale for ${CURRENT_PERIOD}`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Upload underskrevet aftale' });
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));

    expect(within(dialog).getByRole('button', { name: /^PDF-fil/ })).toHaveAccessibleDescription(
      expect.stringContaining('Vælg en PDF-fil.'),
    );
  });

  it('says in words why the server refused the file', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`PUT ${TERMS}/${CURRENT.id}/agreement`]: () =>
        problem('validation-failed', 400, {
          violations: [{ field: 'file', in: 'body', message: 'must be a PDF (application/pdf)' }],
        }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: `Upload underskrevet aftale for ${CURRENT_PERIOD}`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Upload underskrevet aftale' });
    await user.upload(fileInput(dialog), pdf('omdøbt.pdf', [0x50, 0x4b, 0x03, 0x04]));
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Aftalen blev ikke uploadet');
    expect(alert).toHaveTextContent('Værdien i feltet »PDF-fil« er ugyldig.');
    expect(within(dialog).getByRole('button', { name: /^PDF-fil/ })).toHaveAccessibleDescription(
      expect.stringContaining('Filen blev afvist. Den skal være en PDF på højst 10 MB.'),
    );
  });

  it('says what to do when the partnership has no room left for the file', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`PUT ${TERMS}/${CURRENT.id}/agreement`]: () => problem('storage-quota-exceeded', 413),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: `Upload underskrevet aftale for ${CURRENT_PERIOD}`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Upload underskrevet aftale' });
    await user.upload(fileInput(dialog), pdf());
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Aftalen blev ikke uploadet');
    expect(alert).toHaveTextContent(
      'Der er ikke plads til filen: med den ville partnerskabets filer fylde mere, end partnerskabet har plads til. Slet filer, der ikke længere er brug for, eller bed portalens administratorer om mere plads.',
    );
  });

  it('downloads the signed agreement with the bearer token', async () => {
    const createObjectURL = vi.fn((blob: Blob) => (blob.size > 0 ? 'blob:aftale' : ''));
    Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(`${this.download} ${this.getAttribute('href')}`);
    });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({
        terms: [FIRST, { ...CURRENT, agreementDocument: AGREEMENT }],
      }),
      [`GET ${TERMS}/${CURRENT.id}/agreement`]: () =>
        new Response(new Uint8Array(PDF_BYTES), { headers: { 'Content-Type': 'application/pdf' } }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: 'Hent partnerskabsaftale-2022.pdf (PDF, 471 kB)',
      }),
    );

    await waitFor(() => expect(saved).toEqual(['partnerskabsaftale-2022.pdf blob:aftale']));
    const download = requests.find((request) => request.url.endsWith('/agreement'));
    expect(download?.headers.get('Authorization')).toBe('Bearer test-access-token');
  });

  it('says when the signed agreement cannot be downloaded', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({
        terms: [FIRST, { ...CURRENT, agreementDocument: AGREEMENT }],
      }),
      [`GET ${TERMS}/${CURRENT.id}/agreement`]: () => problem('not-found', 404),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: 'Hent partnerskabsaftale-2022.pdf (PDF, 471 kB)',
      }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Aftalen kunne ikke hentes. Det, du leder efter, findes ikke, eller du har ikke adgang til det.',
    );
  });
});
