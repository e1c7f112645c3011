import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttendanceUpdate, AttendanceView } from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { HERLEV_ID, me, ORG, partnership } from '../../../test/fixtures';
import {
  attendance,
  attendanceList,
  MEETING_ID,
  meetingView,
} from '../../../test/meeting-fixtures';
import { renderRoute } from '../../../test/render';

const MEETING = `/api/v1/partnerships/${HERLEV_ID}/meetings/${MEETING_ID}`;
const MEETING_PATH = `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`;

const HANNE = attendance({
  id: '32000000-0000-4000-8000-000000000002',
  name: 'Hanne Herlev',
  me: true,
  version: 3,
});
const BO = attendance({
  id: '32000000-0000-4000-8000-000000000003',
  name: 'Bo Ballerup',
  organisation: ORG.ballerup,
  response: 'ATTENDING',
  version: 1,
});
const KIM = attendance({
  id: '32000000-0000-4000-8000-000000000004',
  name: 'Kim Christiansen',
  organisation: ORG.politi,
  response: 'APOLOGIES',
  reason: 'Ferie',
});

/** A fake attendance endpoint that applies each change to its row, checking If-Match. */
function attendanceApi(rows: AttendanceView[]) {
  let current = rows;
  return {
    list: () => json(attendanceList(current)),
    put: (id: string) => async (request: Request) => {
      const row = current.find((candidate) => candidate.id === id)!;
      if (request.headers.get('If-Match') !== `"${row.version}"`) {
        return problem('version-mismatch', 412);
      }
      const update = (await request.clone().json()) as AttendanceUpdate;
      const changed: AttendanceView = {
        ...row,
        response: update.response,
        reason: update.reason ?? null,
        presence: update.presence ?? row.presence,
        version: row.version + 1,
      };
      current = current.map((candidate) => (candidate.id === id ? changed : candidate));
      return json(changed);
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('AttendanceSection', () => {
  it('says how many attend, sent apologies and have not answered, with each answer', async () => {
    const unanswered = [2, 3].map((n) =>
      attendance({ id: `32000000-0000-4000-8000-00000000001${n}`, name: `Medlem ${n}` }),
    );
    const attending = [4, 5, 6, 7, 8].map((n) =>
      attendance({
        id: `32000000-0000-4000-8000-00000000001${n}`,
        name: `Deltager ${n}`,
        response: 'ATTENDING',
      }),
    );
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${MEETING}`]: meetingView({ status: 'AGENDA_PUBLISHED', canEdit: false }),
      [`GET ${MEETING}/attendance`]: attendanceList([KIM, ...unanswered, ...attending]),
    });

    renderRoute(MEETING_PATH);

    const section = await screen.findByRole('region', { name: 'Deltagere' });
    expect(
      await within(section).findByText('5 deltager, 1 afbud, 2 har ikke svaret'),
    ).toBeVisible();
    const kim = within(section).getByRole('row', { name: /Kim Christiansen/ });
    expect(kim).toHaveTextContent('Københavns Vestegns Politi');
    expect(kim).toHaveTextContent('Afbud (Ferie)');
    expect(within(section).queryByRole('button', { name: 'Inviter medlemmer' })).toBeNull();
    expect(within(section).queryByRole('button', { name: /til stede/ })).toBeNull();
  });

  it('a member sends apologies with a reason', async () => {
    const api = attendanceApi([HANNE, BO]);
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${MEETING}`]: meetingView({ status: 'AGENDA_PUBLISHED', canEdit: false }),
      [`GET ${MEETING}/attendance`]: api.list,
      [`PUT ${MEETING}/attendance/${HANNE.id}`]: api.put(HANNE.id),
    });
    const { user } = renderRoute(MEETING_PATH);

    const section = await screen.findByRole('region', { name: 'Deltagere' });
    expect(await within(section).findByText('Dit svar: Ikke svaret')).toBeVisible();
    expect(within(section).getByText('1 deltager, 0 afbud, 1 har ikke svaret')).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Jeg melder afbud' }));
    const dialog = await screen.findByRole('dialog', { name: 'Meld afbud' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Årsag' }), 'Ferie');
    await user.click(within(dialog).getByRole('button', { name: 'Meld afbud' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(section).findByText('Dit svar: Afbud (Ferie)')).toBeVisible();
    await waitFor(() =>
      expect(within(section).getByText('1 deltager, 1 afbud, 0 har ikke svaret')).toBeVisible(),
    );
    expect(within(section).getByRole('button', { name: 'Jeg melder afbud' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText('Dit afbud er gemt.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(await put?.json()).toEqual({ response: 'APOLOGIES', reason: 'Ferie' });
    // Members record no one's presence and answer for no one else.
    expect(within(section).queryByRole('button', { name: /Ret svaret/ })).toBeNull();
  });

  it('a member says they will attend with one click', async () => {
    const api = attendanceApi([HANNE]);
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${MEETING}`]: meetingView({ status: 'AGENDA_PUBLISHED', canEdit: false }),
      [`GET ${MEETING}/attendance`]: api.list,
      [`PUT ${MEETING}/attendance/${HANNE.id}`]: api.put(HANNE.id),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Jeg deltager' }));

    expect(await screen.findByText('Dit svar: Deltager')).toBeVisible();
    const put = requests.find((request) => request.method === 'PUT');
    expect(await put?.json()).toEqual({ response: 'ATTENDING' });
  });

  it('the secretariat records presence from the meeting’s day', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-09T12:30:00Z') });
    const api = attendanceApi([BO, KIM]);
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: meetingView({ status: 'AGENDA_PUBLISHED' }),
      [`GET ${MEETING}/attendance`]: api.list,
      [`PUT ${MEETING}/attendance/${BO.id}`]: api.put(BO.id),
      [`PUT ${MEETING}/attendance/${KIM.id}`]: api.put(KIM.id),
    });
    const { user } = renderRoute(MEETING_PATH);

    const section = await screen.findByRole('region', { name: 'Deltagere' });
    const present = await within(section).findByRole('button', {
      name: 'Bo Ballerup er til stede',
    });
    expect(present).toHaveAttribute('aria-pressed', 'false');
    await user.click(present);

    await waitFor(() =>
      expect(
        within(section).getByRole('button', { name: 'Bo Ballerup er til stede' }),
      ).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(within(section).getByRole('row', { name: /Bo Ballerup/ })).toHaveTextContent(
      'Til stede',
    );
    await user.click(
      within(section).getByRole('button', { name: 'Kim Christiansen er fraværende' }),
    );

    expect(await within(section).findByText('1 til stede, 1 fraværende')).toBeVisible();
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts[0].headers.get('If-Match')).toBe('"1"');
    expect(await puts[0].json()).toEqual({ response: 'ATTENDING', presence: 'PRESENT' });
    // Recording presence keeps the answer and its reason.
    expect(await puts[1].json()).toEqual({
      response: 'APOLOGIES',
      reason: 'Ferie',
      presence: 'ABSENT',
    });
  });

  it('offers no presence before the meeting’s day, and invites the members not yet invited', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-01T09:00:00Z') });
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${MEETING}`]: meetingView({ status: 'PLANNED' }),
      [`GET ${MEETING}/attendance`]: attendanceList([]),
      [`POST ${MEETING}/attendance/invite`]: attendanceList([BO, KIM]),
    });
    const { user } = renderRoute(MEETING_PATH);

    const section = await screen.findByRole('region', { name: 'Deltagere' });
    expect(await within(section).findByText('Ingen er inviteret til mødet endnu.')).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Inviter medlemmer' }));

    expect(
      await within(section).findByText('1 deltager, 1 afbud, 0 har ikke svaret'),
    ).toBeVisible();
    expect(screen.getByText('2 medlemmer er inviteret.')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /til stede/ })).toBeNull();
    expect(requests.filter((request) => request.url.endsWith('/invite'))).toHaveLength(1);
  });

  it('shows the conflict when someone changed the answer meanwhile, and reloads', async () => {
    let stale = true;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${MEETING}`]: meetingView({ status: 'AGENDA_PUBLISHED', canEdit: false }),
      [`GET ${MEETING}/attendance`]: () =>
        json(attendanceList([stale ? HANNE : { ...HANNE, response: 'ATTENDING', version: 4 }])),
      [`PUT ${MEETING}/attendance/${HANNE.id}`]: () => problem('version-mismatch', 412),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Jeg deltager' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nogen har ændret dette, mens du redigerede.');
    stale = false;
    await user.click(within(alert).getByRole('button', { name: 'Genindlæs' }));
    expect(await screen.findByText('Dit svar: Deltager')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
