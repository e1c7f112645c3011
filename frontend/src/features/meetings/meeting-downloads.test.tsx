import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MeetingView } from '../../api/types';
import { fakeApi, problem, type Routes } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import { agendaItem, attendanceList, MEETING_ID, meetingView } from '../../test/meeting-fixtures';
import { renderRoute } from '../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEETING = `${DETAIL}/meetings/${MEETING_ID}`;
const MEETING_PATH = `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`;
const TITLE = 'Partnerskabsmøde – 1. kvartal 2027';

const PDF_BYTES = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37];

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

function pdf(disposition?: string): Response {
  return new Response(new Uint8Array(PDF_BYTES), {
    headers: {
      'Content-Type': 'application/pdf',
      ...(disposition ? { 'Content-Disposition': disposition } : {}),
    },
  });
}

function stubMeeting(meeting: Partial<MeetingView>, routes: Routes = {}) {
  return fakeApi({
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
    [`GET ${MEETING}`]: meetingView({ canEdit: false, ...meeting }),
    [`GET ${MEETING}/attendance`]: attendanceList([]),
    [`GET ${MEETING}/minutes/comments`]: [],
    ...routes,
  });
}

describe('the meeting as files', () => {
  it('downloads the minutes of a held meeting with the bearer token', async () => {
    const saved = captureDownloads();
    const { requests } = stubMeeting(
      { status: 'HELD', agenda: [agendaItem()] },
      {
        [`GET ${MEETING}/minutes.pdf`]: () =>
          pdf(
            `attachment; filename="Referat_Partnerskabsmoede_-_1._kvartal_2027_2027-03-09.pdf"; filename*=UTF-8''Referat%20Partnerskabsm%C3%B8de%20%E2%80%93%201.%20kvartal%202027%202027-03-09.pdf`,
          ),
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    expect(await screen.findByRole('button', { name: 'Hent dagsorden (PDF)' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Føj til kalender' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Hent referat (PDF)' }));

    await waitFor(() =>
      expect(saved).toEqual([`Referat ${TITLE} 2027-03-09.pdf blob:application/pdf`]),
    );
    const download = requests.find((request) => request.url.endsWith('/minutes.pdf'));
    expect(download?.headers.get('Authorization')).toBe('Bearer test-access-token');
  });

  it('downloads the agenda once it has items, before the meeting is held', async () => {
    const saved = captureDownloads();
    stubMeeting(
      { status: 'AGENDA_PUBLISHED', agenda: [agendaItem()] },
      {
        [`GET ${MEETING}/agenda.pdf`]: () =>
          pdf(`attachment; filename="Dagsorden.pdf"; filename*=UTF-8''Dagsorden%20m%C3%B8de.pdf`),
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Hent dagsorden (PDF)' }));

    await waitFor(() => expect(saved).toEqual(['Dagsorden møde.pdf blob:application/pdf']));
    expect(screen.queryByRole('button', { name: 'Hent referat (PDF)' })).not.toBeInTheDocument();
  });

  it('names the file after the meeting when the API name cannot be read', async () => {
    const saved = captureDownloads();
    stubMeeting(
      { status: 'PLANNED', agenda: [agendaItem()] },
      {
        [`GET ${MEETING}/calendar.ics`]: () =>
          new Response('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', {
            headers: { 'Content-Type': 'text/calendar;charset=utf-8' },
          }),
        [`GET ${MEETING}/agenda.pdf`]: () => pdf(),
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Føj til kalender' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Hent dagsorden (PDF)' }));

    await waitFor(() =>
      expect(saved).toEqual([
        `${TITLE}.ics blob:text/calendar;charset=utf-8`,
        `Dagsorden ${TITLE} 2027-03-09.pdf blob:application/pdf`,
      ]),
    );
  });

  it('offers neither agenda nor minutes before there is any, and no calendar file when cancelled', async () => {
    stubMeeting({ status: 'PLANNED', agenda: [] });
    const { unmount } = renderRoute(MEETING_PATH);

    expect(await screen.findByRole('button', { name: 'Føj til kalender' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Hent dagsorden (PDF)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hent referat (PDF)' })).not.toBeInTheDocument();
    unmount();

    stubMeeting({ status: 'CANCELLED', agenda: [agendaItem()] });
    renderRoute(MEETING_PATH);

    expect(await screen.findByRole('button', { name: 'Hent dagsorden (PDF)' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Føj til kalender' })).not.toBeInTheDocument();
  });

  it('shows that a download is under way without taking the focus away', async () => {
    const saved = captureDownloads();
    let answer: (response: Response) => void = () => undefined;
    stubMeeting(
      { status: 'HELD', agenda: [agendaItem()] },
      {
        [`GET ${MEETING}/minutes.pdf`]: () =>
          new Promise<Response>((resolve) => {
            answer = resolve;
          }),
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    const button = await screen.findByRole('button', { name: 'Hent referat (PDF)' });
    await user.click(button);

    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
    expect(button).toBeEnabled();
    expect(button).toHaveFocus();
    expect(screen.getByText('Henter referatet …')).toBeInTheDocument();
    await user.click(button);

    answer(pdf('attachment; filename="referat.pdf"'));

    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    expect(saved).toEqual(['referat.pdf blob:application/pdf']);
    expect(screen.queryByText('Henter referatet …')).not.toBeInTheDocument();
  });

  it('says in Danish when the minutes cannot be downloaded, and tries again', async () => {
    const saved = captureDownloads();
    let failing = true;
    stubMeeting(
      { status: 'HELD', agenda: [agendaItem()] },
      {
        [`GET ${MEETING}/minutes.pdf`]: () =>
          failing
            ? problem('invalid-state-transition', 409)
            : pdf('attachment; filename="referat.pdf"'),
      },
    );
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Hent referat (PDF)' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Referatet kunne ikke hentes');
    expect(alert).toHaveTextContent(
      'Handlingen kan ikke udføres i den nuværende status. Opdater siden, og prøv igen.',
    );
    expect(saved).toEqual([]);

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));

    await waitFor(() => expect(saved).toEqual(['referat.pdf blob:application/pdf']));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the buttons in English', async () => {
    stubMeeting({ status: 'HELD', agenda: [agendaItem()] });
    const { user } = renderRoute(MEETING_PATH);
    await screen.findByRole('button', { name: 'Hent referat (PDF)' });

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('button', { name: 'Download minutes (PDF)' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download agenda (PDF)' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Add to calendar' })).toBeVisible();
  });
});
