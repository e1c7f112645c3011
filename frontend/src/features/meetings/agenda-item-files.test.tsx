import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AgendaItemView, MeetingView } from '../../api/types';
import { fakeApi, json, problem, type Routes } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import {
  agendaItem,
  attachment,
  attendanceList,
  MEETING_ID,
  meetingView,
} from '../../test/meeting-fixtures';
import { renderRoute } from '../../test/render';
import type { AttachmentView } from './use-meetings';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEETING = `${DETAIL}/meetings/${MEETING_ID}`;
const MEETING_PATH = `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`;

const ITEM = agendaItem({
  id: '31000000-0000-4000-8000-000000000002',
  title: 'Tryghedsvandringer',
  version: 3,
});
const FILES = `${MEETING}/agenda-items/${ITEM.id}/attachments`;
const SURVEY = attachment();
const SLIDES = attachment({
  id: '36000000-0000-4000-8000-000000000002',
  filename: 'Oplæg fra politiet.pptx',
  contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  sizeBytes: 482_133,
});

const PDF_BYTES = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37];
const ATTACH = 'Vedhæft fil til »Tryghedsvandringer«';

function pdf(name = 'Referat af vandringen.pdf'): File {
  return new File([new Uint8Array(PDF_BYTES)], name, { type: 'application/pdf' });
}

function itemElement(): HTMLElement {
  return screen.getByRole('heading', { level: 4, name: ITEM.title }).closest('li')!;
}

function fileInput(): HTMLInputElement {
  const input = itemElement().querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input on the item');
  return input;
}

function fileNames(): string[] {
  const list = within(itemElement()).queryByRole('list');
  if (!list) return [];
  return within(list)
    .getAllByRole('listitem')
    .map((row) => row.querySelector('p')?.textContent ?? '');
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

/** The meeting page with one item, its files kept as the fake API changes them. */
function stubMeeting(
  files: AttachmentView[],
  meeting: Partial<MeetingView> = {},
  routes: Routes = {},
) {
  const state = { item: { ...ITEM, attachments: files } as AgendaItemView };
  const canEdit = meeting.canEdit ?? true;
  const api = fakeApi({
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: canEdit ? 'SECRETARIAT' : 'MEMBER' }),
    [`GET ${MEETING}/attendance`]: attendanceList([]),
    [`GET ${MEETING}/minutes/comments`]: [],
    [`GET ${MEETING}/agenda-suggestions`]: [],
    [`GET ${MEETING}`]: () => json(meetingView({ agenda: [state.item], ...meeting })),
    ...routes,
  });
  return { ...api, state };
}

describe('files on agenda items', () => {
  it('lists an item’s files with their Danish sizes and downloads one with the bearer token', async () => {
    const saved = captureDownloads();
    const { requests } = stubMeeting(
      [SURVEY, SLIDES],
      { status: 'AGENDA_PUBLISHED', canEdit: false },
      {
        [`GET ${FILES}/${SURVEY.id}`]: () =>
          new Response(new Uint8Array(PDF_BYTES), {
            headers: {
              'Content-Type': 'application/pdf',
              'Content-Disposition': `attachment; filename="Tryghedsmaaling_2026.pdf"; filename*=UTF-8''Tryghedsm%C3%A5ling%202026.pdf`,
            },
          }),
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    const download = await screen.findByRole('button', { name: 'Hent Tryghedsmåling 2026.pdf' });
    expect(fileNames()).toEqual(['Tryghedsmåling 2026.pdf', 'Oplæg fra politiet.pptx']);
    const [survey, slides] = within(
      within(itemElement()).getByRole('list', { name: 'Bilag' }),
    ).getAllByRole('listitem');
    expect(survey).toHaveTextContent('1,2 MB · vedhæftet 1. marts 2027 af Sara Sekretær');
    expect(slides).toHaveTextContent('471 kB');
    expect(screen.getByRole('button', { name: 'Hent Oplæg fra politiet.pptx' })).toBeVisible();
    expect(screen.queryByRole('button', { name: ATTACH })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Fjern/ })).not.toBeInTheDocument();

    await user.click(download);

    await waitFor(() => expect(saved).toEqual(['Tryghedsmåling 2026.pdf blob:application/pdf']));
    const get = requests.find((request) => request.url.endsWith(`/attachments/${SURVEY.id}`));
    expect(get?.headers.get('Authorization')).toBe('Bearer test-access-token');
  });

  it('shows nothing about files to a member when an item has none', async () => {
    stubMeeting([], { status: 'AGENDA_PUBLISHED', canEdit: false });
    renderRoute(MEETING_PATH);

    await screen.findByRole('heading', { level: 4, name: ITEM.title });
    expect(within(itemElement()).queryByText('Bilag')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: ATTACH })).not.toBeInTheDocument();
  });

  it('attaches a file with its type and the item’s version, and bases the next one on the new version', async () => {
    let version = ITEM.version;
    const { requests, state } = stubMeeting(
      [],
      {},
      {
        [`POST ${FILES}`]: (request, url) => {
          if (request.headers.get('If-Match') !== `"${version}"`) {
            return problem('version-mismatch', 412);
          }
          const stored = attachment({
            id: `36000000-0000-4000-8000-00000000001${state.item.attachments.length}`,
            filename: url.searchParams.get('filename') ?? '',
            contentType: request.headers.get('Content-Type') ?? '',
            sizeBytes: 8,
          });
          version += 1;
          state.item = {
            ...state.item,
            attachments: [...state.item.attachments, stored],
            version,
          };
          return json(stored, 201, { ETag: `"${version}"` });
        },
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    const button = await screen.findByRole('button', { name: ATTACH });
    expect(button).toHaveAccessibleDescription(
      'PDF, Word, Excel, PowerPoint, PNG eller JPEG, højst 10 MB.',
    );
    await user.upload(fileInput(), pdf());

    await waitFor(() => expect(fileNames()).toEqual(['Referat af vandringen.pdf']));
    expect(screen.getByText('»Referat af vandringen.pdf« er vedhæftet.')).toBeInTheDocument();
    const [first] = requests.filter((request) => request.method === 'POST');
    expect(new URL(first.url).searchParams.get('filename')).toBe('Referat af vandringen.pdf');
    expect(first.headers.get('Content-Type')).toBe('application/pdf');
    expect(first.headers.get('If-Match')).toBe('"3"');
    expect([...new Uint8Array(await first.arrayBuffer())]).toEqual(PDF_BYTES);

    // Some systems give a Word file no type; its name says what it is.
    await user.upload(
      fileInput(),
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], 'Program.docx', { type: '' }),
    );

    await waitFor(() => expect(fileNames()).toEqual(['Referat af vandringen.pdf', 'Program.docx']));
    const [, second] = requests.filter((request) => request.method === 'POST');
    expect(second.headers.get('If-Match')).toBe('"4"');
    expect(second.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows that a file is being attached without taking the focus away', async () => {
    let answer: (response: Response) => void = () => undefined;
    stubMeeting(
      [],
      {},
      {
        [`POST ${FILES}`]: () =>
          new Promise<Response>((resolve) => {
            answer = resolve;
          }),
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    const button = await screen.findByRole('button', { name: ATTACH });
    await user.upload(fileInput(), pdf());

    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
    expect(button).toBeEnabled();
    expect(screen.getAllByText('Vedhæfter »Referat af vandringen.pdf« …')).not.toHaveLength(0);

    answer(json(attachment({ filename: 'Referat af vandringen.pdf' }), 201, { ETag: '"4"' }));

    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
  });

  it('refuses a file of another type, an empty one and one over 10 MB before sending it', async () => {
    const { requests } = stubMeeting([]);
    renderRoute(MEETING_PATH);
    // The file dialog only offers the accepted types; a file picked with "all files" is not.
    const user = userEvent.setup({ applyAccept: false });

    await screen.findByRole('button', { name: ATTACH });
    await user.upload(fileInput(), new File(['Noter'], 'noter.txt', { type: 'text/plain' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '»noter.txt« kan ikke vedhæftes. Vælg en PDF, en Word-, Excel- eller PowerPoint-fil (.docx, .xlsx, .pptx) eller et billede i PNG eller JPEG.',
    );

    await user.upload(fileInput(), new File([], 'tom.pdf', { type: 'application/pdf' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '»tom.pdf« er tom. Vælg en anden fil.',
    );

    const large = new File([new Uint8Array(PDF_BYTES)], 'scanning.png', { type: 'image/png' });
    Object.defineProperty(large, 'size', { value: 10 * 1024 * 1024 + 1 });
    await user.upload(fileInput(), large);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '»scanning.png« er større end 10 MB. Vælg en mindre fil.',
    );
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('asks for a reload when the item changed before the upload', async () => {
    const { requests } = stubMeeting(
      [],
      {},
      {
        [`POST ${FILES}`]: () => problem('version-mismatch', 412),
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    await screen.findByRole('button', { name: ATTACH });
    await user.upload(fileInput(), pdf());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede.',
    );
    const reads = () => requests.filter((request) => request.url.endsWith(MEETING)).length;
    const before = reads();
    await user.click(screen.getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(reads()).toBeGreaterThan(before);
  });

  it('names the refused field in Danish when the API rejects the file', async () => {
    stubMeeting(
      [],
      {},
      {
        [`POST ${FILES}`]: () =>
          problem('validation-failed', 400, {
            violations: [{ field: 'file', in: 'body', message: 'is not a application/pdf file' }],
          }),
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    await screen.findByRole('button', { name: ATTACH });
    await user.upload(fileInput(), pdf('omdøbt.pdf'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Filen blev ikke vedhæftet');
    expect(alert).toHaveTextContent('Værdien i feltet »Fil« er ugyldig.');
    expect(alert).toHaveTextContent('højst 10 MB, og et punkt kan have højst 20 filer.');
  });

  it('removes a file after asking, with If-Match of the item’s version, and keeps the focus on the item', async () => {
    const { requests, state } = stubMeeting(
      [SURVEY, SLIDES],
      {},
      {
        [`DELETE ${FILES}/${SURVEY.id}`]: () => {
          state.item = { ...state.item, attachments: [SLIDES], version: 4 };
          return new Response(null, { status: 204, headers: { ETag: '"4"' } });
        },
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Fjern Tryghedsmåling 2026.pdf' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fjern fil' });
    expect(dialog).toHaveTextContent(
      'Vil du fjerne »Tryghedsmåling 2026.pdf« fra punktet »Tryghedsvandringer«?',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Fjern' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(fileNames()).toEqual(['Oplæg fra politiet.pptx']));
    expect(screen.getByText('»Tryghedsmåling 2026.pdf« er fjernet.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: ATTACH })).toHaveFocus());
    const removal = requests.find((request) => request.method === 'DELETE');
    expect(removal?.headers.get('If-Match')).toBe('"3"');
  });

  it('says why a file can no longer be removed, and reads the meeting again', async () => {
    const { requests } = stubMeeting(
      [SURVEY],
      {},
      {
        [`DELETE ${FILES}/${SURVEY.id}`]: () => problem('invalid-state-transition', 409),
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Fjern Tryghedsmåling 2026.pdf' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fjern fil' });
    await user.click(within(dialog).getByRole('button', { name: 'Fjern' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Filerne kan ikke længere ændres, fordi mødet er aflyst eller referatet er offentliggjort.',
    );
    const before = requests.filter((request) => request.url.endsWith(MEETING)).length;
    await user.click(within(dialog).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.filter((request) => request.url.endsWith(MEETING)).length).toBeGreaterThan(
      before,
    );
  });

  it('lets editors attach files after the meeting until the minutes are published', async () => {
    stubMeeting([SURVEY], { status: 'HELD', minutesStatus: 'APPROVED' });
    const { unmount } = renderRoute(MEETING_PATH);

    expect(await screen.findByRole('button', { name: ATTACH })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Fjern Tryghedsmåling 2026.pdf' })).toBeVisible();
    unmount();

    stubMeeting([SURVEY], { status: 'HELD', minutesStatus: 'PUBLISHED' });
    renderRoute(MEETING_PATH);

    expect(
      await screen.findByRole('button', { name: 'Hent Tryghedsmåling 2026.pdf' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: ATTACH })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Fjern Tryghedsmåling 2026.pdf' }),
    ).not.toBeInTheDocument();
  });

  it('names the controls in English', async () => {
    stubMeeting([SURVEY]);
    const { user } = renderRoute(MEETING_PATH);
    await screen.findByRole('button', { name: ATTACH });

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(
      await screen.findByRole('button', { name: 'Attach file to “Tryghedsvandringer”' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download Tryghedsmåling 2026.pdf' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Remove Tryghedsmåling 2026.pdf' })).toBeVisible();
    expect(itemElement()).toHaveTextContent('1.2 MB');
  });
});
