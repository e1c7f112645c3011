import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingView } from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../../test/fixtures';
import {
  agendaItem,
  attendanceList,
  decision,
  MEETING_ID,
  meetingView,
} from '../../../test/meeting-fixtures';
import { renderRoute } from '../../../test/render';
import type { MinutesVersionSummary, MinutesVersionView } from './use-minutes-versions';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEETING = `${DETAIL}/meetings/${MEETING_ID}`;
const MEETING_PATH = `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`;
const ITEM_ID = '31000000-0000-4000-8000-000000000001';
const OTHER_ITEM_ID = '31000000-0000-4000-8000-000000000002';

const WRITTEN = agendaItem({
  minutes: '<p>Dagsordenen blev godkendt.</p>',
  decisions: [decision()],
});

const PUBLISHED = meetingView({
  status: 'HELD',
  agenda: [WRITTEN],
  minutesStatus: 'PUBLISHED',
  minutesCommentDeadline: '2027-03-17',
  minutesApprovedAt: '2027-03-18T09:00:00+01:00',
  minutesPublishedAt: '2027-03-18T10:30:00+01:00',
  minutesVersion: 1,
  version: 11,
});

const CORRECTING: MeetingView = {
  ...PUBLISHED,
  minutesStatus: 'DRAFT',
  minutesCorrectionReason: 'Fristen for opfølgningspunkt 3 var skrevet forkert',
  version: 12,
};

const VERSION_1: MinutesVersionSummary = {
  number: 1,
  publishedAt: '2027-03-18T10:30:00+01:00',
  publishedBy: 'Sara Sekretær',
  reason: null,
};

const VERSION_2: MinutesVersionSummary = {
  number: 2,
  publishedAt: '2027-03-25T14:05:00+01:00',
  publishedBy: 'Frede Formand',
  reason: 'Beslutningen om tryghedsvandringer manglede.',
};

function versionView(overrides: Partial<MinutesVersionView> = {}): MinutesVersionView {
  return {
    ...VERSION_1,
    items: [
      {
        agendaItemId: ITEM_ID,
        number: 1,
        title: 'Godkendelse af dagsorden',
        minutes: '<p>Dagsordenen blev <strong>godkendt</strong>.</p>',
        decisions: ['Dagsordenen blev godkendt.'],
        followUps: ['Ballerup undersøger belysningen (Ballerup Kommune, frist 31. maj 2027)'],
      },
    ],
    changes: [],
    ...overrides,
  };
}

const VERSION_2_VIEW = versionView({
  ...VERSION_2,
  changes: [
    {
      agendaItemId: ITEM_ID,
      itemTitle: 'Godkendelse af dagsorden',
      kind: 'MINUTES_CHANGED',
      before: 'Dagsordenen blev godkendt.',
      after: 'Dagsordenen blev godkendt med én ændring.',
    },
    {
      agendaItemId: ITEM_ID,
      itemTitle: 'Godkendelse af dagsorden',
      kind: 'DECISION_ADDED',
      before: null,
      after: 'Partnerskabet gennemfører tryghedsvandringer.',
    },
    {
      agendaItemId: ITEM_ID,
      itemTitle: 'Godkendelse af dagsorden',
      kind: 'FOLLOW_UP_REMOVED',
      before: 'Ballerup undersøger belysningen',
      after: null,
    },
    {
      agendaItemId: OTHER_ITEM_ID,
      itemTitle: 'Eventuelt',
      kind: 'ITEM_ADDED',
      before: null,
      after: null,
    },
  ],
});

afterEach(() => {
  vi.useRealTimers();
});

function baseRoutes(role: 'SECRETARIAT' | 'MEMBER' | 'OBSERVER' = 'SECRETARIAT') {
  return {
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: role }),
    [`GET ${MEETING}/attendance`]: attendanceList([]),
    [`GET ${MEETING}/minutes/comments`]: [],
    [`GET ${MEETING}/minutes/versions`]: [VERSION_1],
    [`GET ${MEETING}/minutes/versions/1`]: versionView(),
  };
}

describe('Correcting published minutes', () => {
  it('reopens the minutes with a required reason', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-20T10:00:00Z') });
    let current: MeetingView = PUBLISHED;
    const { requests } = fakeApi({
      ...baseRoutes(),
      [`GET ${MEETING}`]: () => json(current),
      [`POST ${MEETING}/minutes/correction`]: async (request) => {
        const { reason } = (await request.clone().json()) as { reason: string };
        current = {
          ...current,
          minutesStatus: 'DRAFT',
          minutesCorrectionReason: reason,
          version: 12,
        };
        return json(current);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    expect(await screen.findByText('Referat: Offentliggjort')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Ret referatet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ret referatet' });
    const reason = within(dialog).getByRole('textbox', { name: 'Begrundelse for rettelsen' });
    expect(reason).toBeRequired();
    await user.click(within(dialog).getByRole('button', { name: 'Start rettelsen' }));
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Skriv en begrundelse for rettelsen.'),
    );
    expect(requests.some((request) => request.url.endsWith('/correction'))).toBe(false);

    await user.type(reason, 'Fristen for opfølgningspunkt 3 var skrevet forkert');
    await user.click(within(dialog).getByRole('button', { name: 'Start rettelsen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByText(
        'Referatet er ved at blive rettet: Fristen for opfølgningspunkt 3 var skrevet forkert. ' +
          'Version 1 er offentliggjort og gælder, indtil rettelsen er offentliggjort.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Offentliggør rettelsen' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Åbn mødetilstand' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Ret referatet' })).not.toBeInTheDocument();
    const post = requests.find((request) => request.url.endsWith('/correction'));
    expect(post?.headers.get('If-Match')).toBe('"11"');
    expect(await post?.json()).toEqual({
      reason: 'Fristen for opfølgningspunkt 3 var skrevet forkert',
    });
  });

  it('shows a CPR number in the reason on the field', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-20T10:00:00Z') });
    fakeApi({
      ...baseRoutes(),
      [`GET ${MEETING}`]: PUBLISHED,
      [`POST ${MEETING}/minutes/correction`]: () =>
        problem('personal-data-rejected', 400, {
          violations: [{ field: 'reason', in: 'body', message: 'looks like a CPR number' }],
        }),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Ret referatet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ret referatet' });
    const reason = within(dialog).getByRole('textbox', { name: 'Begrundelse for rettelsen' });
    await user.type(reason, 'Borgeren 010203-1234 var nævnt');
    await user.click(within(dialog).getByRole('button', { name: 'Start rettelsen' }));

    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription(
        expect.stringContaining('Feltet ser ud til at indeholde et CPR-nummer.'),
      ),
    );
    expect(dialog).toBeVisible();
  });

  it('explains a refused correction and reloads the meeting', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-20T10:00:00Z') });
    const { requests } = fakeApi({
      ...baseRoutes(),
      [`GET ${MEETING}`]: PUBLISHED,
      [`POST ${MEETING}/minutes/correction`]: () => problem('invalid-state-transition', 409),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Ret referatet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ret referatet' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Begrundelse for rettelsen' }),
      'Forkert frist',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Start rettelsen' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Referatet kan ikke rettes nu.');
    const reads = requests.filter((request) => request.url.endsWith(MEETING_ID)).length;
    await user.click(within(alert).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.filter((request) => request.url.endsWith(MEETING_ID)).length).toBeGreaterThan(
      reads,
    );
  });

  it('says when someone changed the meeting meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-20T10:00:00Z') });
    fakeApi({
      ...baseRoutes(),
      [`GET ${MEETING}`]: PUBLISHED,
      [`POST ${MEETING}/minutes/correction`]: () => problem('version-mismatch', 412),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Ret referatet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ret referatet' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Begrundelse for rettelsen' }),
      'Forkert frist',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Start rettelsen' }));

    expect(await within(dialog).findByText(/Nogen har ændret dette/)).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Genindlæs' })).toBeVisible();
  });

  it('offers a member no correction', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-20T10:00:00Z') });
    fakeApi({
      ...baseRoutes('MEMBER'),
      [`GET ${MEETING}`]: { ...PUBLISHED, canEdit: false },
    });

    renderRoute(MEETING_PATH);

    expect(await screen.findByText('Referat: Offentliggjort')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Ret referatet' })).not.toBeInTheDocument();
  });

  it('tells a member that the published version applies during a correction', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-20T10:00:00Z') });
    fakeApi({
      ...baseRoutes('MEMBER'),
      [`GET ${MEETING}`]: {
        ...CORRECTING,
        minutesCorrectionReason: 'Beslutningen manglede!',
        canEdit: false,
      },
    });

    renderRoute(MEETING_PATH);

    const notice = await screen.findByText(
      'Referatet er ved at blive rettet: Beslutningen manglede! Version 1 er offentliggjort og ' +
        'gælder, indtil rettelsen er offentliggjort.',
    );
    expect(notice).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Offentliggør rettelsen' }),
    ).not.toBeInTheDocument();
  });

  it('shows an observer the version in force while a correction is drafted', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-20T10:00:00Z') });
    fakeApi({
      ...baseRoutes('OBSERVER'),
      // Observers get neither the draft minutes nor the reason for the correction.
      [`GET ${MEETING}`]: {
        ...CORRECTING,
        agenda: [{ ...WRITTEN, minutes: null, decisions: [], followUps: [] }],
        minutesCorrectionReason: null,
        canEdit: false,
      },
    });

    renderRoute(MEETING_PATH);

    expect(
      await screen.findByText(
        'Referatet er ved at blive rettet. Version 1 er offentliggjort og gælder, indtil ' +
          'rettelsen er offentliggjort; den er vist under referatets versioner nedenfor.',
      ),
    ).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Vis version 1' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(
      await screen.findByRole('heading', { level: 4, name: 'Referatet i version 1' }),
    ).toBeVisible();
  });

  it('publishes the correction without a new approval as the next version', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-25T13:00:00Z') });
    let current: MeetingView = CORRECTING;
    let versions = [VERSION_1];
    const { requests } = fakeApi({
      ...baseRoutes(),
      [`GET ${MEETING}`]: () => json(current),
      [`GET ${MEETING}/minutes/versions`]: () => json(versions),
      [`POST ${MEETING}/minutes/publish`]: () => {
        current = {
          ...current,
          minutesStatus: 'PUBLISHED',
          minutesPublishedAt: '2027-03-25T14:05:00+01:00',
          minutesVersion: 2,
          minutesCorrectionReason: null,
          version: 13,
        };
        versions = [VERSION_1, VERSION_2];
        return json(current);
      },
    });
    const { user } = renderRoute(MEETING_PATH);

    expect(await screen.findByText(/^Referatet er ved at blive rettet/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Send til kommentering' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Offentliggør rettelsen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Offentliggør rettelsen' });
    expect(dialog).toHaveTextContent(
      'Rettelsen bliver offentliggjort som version 2 uden ny godkendelse.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Offentliggør' }));

    expect(await screen.findByText('Referat: Offentliggjort (version 2)')).toBeVisible();
    expect(screen.queryByText(/^Referatet er ved at blive rettet/)).not.toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Versioner af referatet' });
    expect(
      await within(list).findByText(
        'Version 2 – offentliggjort 25. marts 2027 kl. 14.05 af Frede Formand',
      ),
    ).toBeVisible();
    const publish = requests.find((request) => request.url.endsWith('/minutes/publish'));
    expect(publish?.headers.get('If-Match')).toBe('"12"');
    expect(screen.getByRole('button', { name: 'Ret referatet' })).toBeVisible();
  });
});

describe('The versions of the minutes', () => {
  it('lists the versions with who published them and why', async () => {
    fakeApi({
      ...baseRoutes('MEMBER'),
      [`GET ${MEETING}`]: { ...PUBLISHED, minutesVersion: 2, canEdit: false },
      [`GET ${MEETING}/minutes/versions`]: [VERSION_1, VERSION_2],
    });

    renderRoute(MEETING_PATH);

    expect(await screen.findByRole('heading', { level: 3, name: 'Versioner af referatet' }));
    const list = await screen.findByRole('list', { name: 'Versioner af referatet' });
    const [first, second] = await within(list).findAllByRole('listitem');
    expect(first).toHaveTextContent(
      'Version 1 – offentliggjort 18. marts 2027 kl. 10.30 af Sara Sekretær',
    );
    expect(first).not.toHaveTextContent('Begrundelse');
    expect(first).not.toHaveTextContent('Gældende');
    expect(second).toHaveTextContent(
      'Version 2 – offentliggjort 25. marts 2027 kl. 14.05 af Frede Formand',
    );
    expect(second).toHaveTextContent('Gældende');
    expect(
      within(second).getByText('Begrundelse: Beslutningen om tryghedsvandringer manglede.'),
    ).toBeVisible();
    expect(screen.getByText('Referat: Offentliggjort (version 2)')).toBeVisible();
  });

  it('shows what a correction changed, in words and as old and new text', async () => {
    const { requests } = fakeApi({
      ...baseRoutes('MEMBER'),
      [`GET ${MEETING}`]: { ...PUBLISHED, minutesVersion: 2, canEdit: false },
      [`GET ${MEETING}/minutes/versions`]: [VERSION_1, VERSION_2],
      [`GET ${MEETING}/minutes/versions/2`]: VERSION_2_VIEW,
    });
    const { user } = renderRoute(MEETING_PATH);

    const show = await screen.findByRole('button', { name: 'Vis version 2' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);

    expect(show).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(show.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    const changes = await within(panel!).findByRole('heading', {
      level: 4,
      name: 'Ændringer i forhold til version 1',
    });
    expect(changes).toBeVisible();
    const view = within(panel!);
    expect(view.getByRole('heading', { level: 5, name: 'Godkendelse af dagsorden' })).toBeVisible();
    expect(view.getByRole('heading', { level: 5, name: 'Eventuelt' })).toBeVisible();

    expect(view.getByText('Referat ændret')).toBeVisible();
    expect(view.getByText('Før:')).toBeVisible();
    expect(view.getByText('Efter:')).toBeVisible();
    expect(view.getByText('Dagsordenen blev godkendt.', { selector: 'del' })).toBeVisible();
    expect(
      view.getByText('Dagsordenen blev godkendt med én ændring.', { selector: 'ins' }),
    ).toBeVisible();
    expect(view.getByText('Beslutning tilføjet')).toBeVisible();
    expect(
      view.getByText('Partnerskabet gennemfører tryghedsvandringer.', { selector: 'ins' }),
    ).toBeVisible();
    expect(view.getByText('Opfølgningspunkt fjernet')).toBeVisible();
    expect(view.getByText('Ballerup undersøger belysningen', { selector: 'del' })).toBeVisible();
    expect(view.getByText('Punkt tilføjet')).toBeVisible();
    expect(view.getByRole('heading', { level: 4, name: 'Referatet i version 2' })).toBeVisible();
    expect(requests.some((request) => request.url.endsWith('/minutes/versions/2'))).toBe(true);

    await user.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Referat ændret')).not.toBeInTheDocument();
  });

  it('shows the first version as published, without changes, by keyboard', async () => {
    fakeApi({
      ...baseRoutes('MEMBER'),
      [`GET ${MEETING}`]: { ...PUBLISHED, canEdit: false },
    });
    const { user } = renderRoute(MEETING_PATH);

    const show = await screen.findByRole('button', { name: 'Vis version 1' });
    show.focus();
    await user.keyboard('{Enter}');

    expect(show).toHaveAttribute('aria-expanded', 'true');
    expect(
      await screen.findByRole('heading', { level: 4, name: 'Referatet i version 1' }),
    ).toBeVisible();
    expect(screen.queryByText(/^Ændringer i forhold til/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 5, name: '1. Godkendelse af dagsorden' }));
    expect(
      screen.getByText('Ballerup undersøger belysningen (Ballerup Kommune, frist 31. maj 2027)'),
    ).toBeVisible();
  });

  it('says when a correction changed nothing', async () => {
    fakeApi({
      ...baseRoutes('MEMBER'),
      [`GET ${MEETING}`]: { ...PUBLISHED, minutesVersion: 2, canEdit: false },
      [`GET ${MEETING}/minutes/versions`]: [VERSION_1, VERSION_2],
      [`GET ${MEETING}/minutes/versions/2`]: versionView({ ...VERSION_2, changes: [] }),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Vis version 2' }));

    expect(
      await screen.findByText('Der er ingen ændringer i forhold til version 1.'),
    ).toBeVisible();
  });

  it('says while the versions are being read', async () => {
    fakeApi({
      ...baseRoutes('MEMBER'),
      [`GET ${MEETING}`]: { ...PUBLISHED, canEdit: false },
      [`GET ${MEETING}/minutes/versions`]: () => new Promise<Response>(() => undefined),
    });

    renderRoute(MEETING_PATH);

    expect(await screen.findByText('Indlæser versioner …')).toBeVisible();
  });

  it('offers to try again when the versions cannot be read', async () => {
    let fail = true;
    fakeApi({
      ...baseRoutes('MEMBER'),
      [`GET ${MEETING}`]: { ...PUBLISHED, canEdit: false },
      [`GET ${MEETING}/minutes/versions`]: () =>
        fail ? problem('internal', 500) : json([VERSION_1]),
    });
    const { user } = renderRoute(MEETING_PATH);

    const section = (
      await screen.findByRole('heading', { level: 3, name: 'Versioner af referatet' })
    ).closest('section')!;
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Versionerne kunne ikke hentes');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));

    expect(await within(section).findByRole('button', { name: 'Vis version 1' })).toBeVisible();
  });

  it('offers to try again when a version cannot be read', async () => {
    fakeApi({
      ...baseRoutes('MEMBER'),
      [`GET ${MEETING}`]: { ...PUBLISHED, canEdit: false },
      [`GET ${MEETING}/minutes/versions/1`]: () => problem('internal', 500),
    });
    const { user } = renderRoute(MEETING_PATH);

    await user.click(await screen.findByRole('button', { name: 'Vis version 1' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Version 1 kunne ikke hentes');
    expect(within(alert).getByRole('button', { name: 'Prøv igen' })).toBeVisible();
  });

  it('shows no versions before the minutes are first published', async () => {
    const { requests } = fakeApi({
      ...baseRoutes(),
      [`GET ${MEETING}`]: meetingView({ status: 'HELD', agenda: [WRITTEN] }),
    });

    renderRoute(MEETING_PATH);

    expect(await screen.findByText('Referat: Kladde')).toBeVisible();
    expect(screen.queryByText('Versioner af referatet')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Offentliggør rettelsen' }),
    ).not.toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/minutes/versions'))).toBe(false);
  });
});
