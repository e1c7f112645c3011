import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntryView, MemberRole } from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { auditEntry, auditPage, HERLEV_ID, me, partnership } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const HISTORY = `${DETAIL}/history`;
const HISTORY_PATH = `/partnerskaber/${HERLEV_ID}/historik`;

const FOCUS_AREA_ID = 'e0000000-0000-4000-8000-000000000002';
const MEMBER_ID = '10000000-0000-4000-8000-0000000000a3';

const focusArea = (description: string) => ({
  id: FOCUS_AREA_ID,
  number: 2,
  title: 'Dialog og kommunikation',
  description,
  retired: false,
  version: 4,
});

const UPDATED_FOCUS_AREA = auditEntry({
  id: '20000000-0000-4000-8000-000000000001',
  before: focusArea('Løbende dialog.'),
  after: { ...focusArea('Løbende dialog med boligområderne.'), version: 5 },
});
const ADDED_MEMBER = auditEntry({
  id: '20000000-0000-4000-8000-000000000002',
  occurredAt: '2026-03-12T12:40:00Z',
  entityType: 'MEMBER',
  entityId: MEMBER_ID,
  action: 'CREATED',
  summary: 'ssp@herlev.dk',
  after: {
    id: MEMBER_ID,
    name: 'ssp@herlev.dk',
    email: 'ssp@herlev.dk',
    organisation: null,
    role: 'MEMBER',
    invited: true,
    version: 0,
  },
});
const STATUS_CHANGED = auditEntry({
  id: '20000000-0000-4000-8000-000000000003',
  occurredAt: '2026-03-11T09:00:00Z',
  entityType: 'PARTNERSHIP',
  entityId: HERLEV_ID,
  summary: 'Partnerskabsaftale for forebyggelse',
  before: { status: 'ACTIVE' },
  after: { status: 'UNDER_EVALUATION' },
});
const REORDERED = auditEntry({
  id: '20000000-0000-4000-8000-000000000004',
  occurredAt: '2026-03-10T09:00:00Z',
  entityType: 'PARTNERSHIP',
  entityId: HERLEV_ID,
  summary: 'focus areas reordered',
  before: { focusAreas: [focusArea('a'), { ...focusArea('b'), number: 1, title: 'Risiko' }] },
  after: { focusAreas: [{ ...focusArea('b'), number: 1, title: 'Risiko' }, focusArea('a')] },
});
const DELETED_FOCUS_AREA = auditEntry({
  id: '20000000-0000-4000-8000-000000000005',
  occurredAt: '2026-03-09T09:00:00Z',
  entityId: 'e0000000-0000-4000-8000-000000000009',
  action: 'DELETED',
  summary: '6. Digitale medier',
  before: { ...focusArea('Temadage'), number: 6, title: 'Digitale medier' },
});
const REMOVED_MEMBER = auditEntry({
  id: '20000000-0000-4000-8000-000000000006',
  occurredAt: '2026-03-08T09:00:00Z',
  entityType: 'MEMBER',
  entityId: '10000000-0000-4000-8000-0000000000a9',
  action: 'DELETED',
  summary: 'Jesper Krogh',
  before: { name: 'Jesper Krogh', role: 'MEMBER' },
});

function entries(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Historik' })).getAllByRole('listitem');
}

function stubHistory(items: AuditEntryView[], myRole: MemberRole | null = 'SECRETARIAT') {
  return fakeApi({
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole }),
    [`GET ${HISTORY}`]: auditPage(items),
  });
}

describe('HistoryPage', () => {
  it('tells each change as a Danish sentence with the time in Copenhagen, newest first', async () => {
    const { requests } = stubHistory([UPDATED_FOCUS_AREA, ADDED_MEMBER, STATUS_CHANGED, REORDERED]);

    renderRoute(HISTORY_PATH);

    expect(await screen.findByRole('heading', { level: 2, name: 'Historik' })).toBeVisible();
    await waitFor(() => expect(entries()).toHaveLength(4));
    const [updated, added, status, reordered] = entries();
    expect(
      within(updated).getByText(
        'Lene Bøgh Andersen ændrede indsatsområdet »2. Dialog og kommunikation«',
      ),
    ).toBeVisible();
    const time = within(updated).getByText('12. marts 2026 kl. 14.05');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2026-03-12T13:05:00Z');
    expect(added).toHaveTextContent('Lene Bøgh Andersen tilføjede medlemmet »ssp@herlev.dk«');
    expect(added).toHaveTextContent('12. marts 2026 kl. 13.40');
    expect(status).toHaveTextContent(
      'Lene Bøgh Andersen ændrede status fra »Aktiv« til »Under evaluering«',
    );
    expect(reordered).toHaveTextContent(
      'Lene Bøgh Andersen ændrede rækkefølgen af indsatsområderne',
    );
    expect(reordered).not.toHaveTextContent('focus areas reordered');
    const history = new URL(requests.find((request) => request.url.includes('/history'))!.url);
    expect(history.searchParams.get('page')).toBe('0');
  });

  it('shows what changed, before and after, on request', async () => {
    stubHistory([UPDATED_FOCUS_AREA, ADDED_MEMBER]);
    const { user } = renderRoute(HISTORY_PATH);

    await waitFor(() => expect(entries()).toHaveLength(2));
    const [updated, added] = entries();
    const toggle = within(updated).getByRole('button', { name: 'Vis ændringer' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(updated).queryByRole('table')).not.toBeInTheDocument();

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Skjul ændringer');
    const table = within(updated).getByRole('table', {
      name: 'Lene Bøgh Andersen ændrede indsatsområdet »2. Dialog og kommunikation«',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'FeltFørEfter',
      'BeskrivelseLøbende dialog.Løbende dialog med boligområderne.',
    ]);

    await user.click(within(added).getByRole('button', { name: 'Vis ændringer' }));

    const created = within(added).getByRole('table');
    expect(within(created).getByRole('row', { name: /Rolle/ })).toHaveTextContent('Medlem');
    expect(within(created).getByRole('row', { name: /Inviteret/ })).toHaveTextContent('Ja');
    expect(within(created).getByRole('row', { name: /Organisation/ })).toHaveTextContent(
      'Organisation(tom)(tom)',
    );
  });

  it('lets the secretariat restore a deleted focus area', async () => {
    let restored = false;
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${HISTORY}`]: () =>
        json(
          auditPage(
            restored
              ? [
                  auditEntry({
                    ...DELETED_FOCUS_AREA,
                    id: '20000000-0000-4000-8000-000000000099',
                    action: 'RESTORED',
                    before: null,
                  }),
                  DELETED_FOCUS_AREA,
                ]
              : [DELETED_FOCUS_AREA],
          ),
        ),
      [`POST ${DETAIL}/focus-areas/${DELETED_FOCUS_AREA.entityId}/restore`]: () => {
        restored = true;
        return json(focusArea('Temadage'));
      },
    });
    const { user } = renderRoute(HISTORY_PATH);

    const restore = await screen.findByRole('button', { name: 'Gendan »6. Digitale medier«' });
    expect(entries()[0]).toHaveTextContent(
      'Lene Bøgh Andersen slettede indsatsområdet »6. Digitale medier«',
    );

    await user.click(restore);

    const note = await screen.findByRole('status');
    expect(note).toHaveTextContent('»6. Digitale medier« er gendannet.');
    expect(note).toHaveFocus();
    await waitFor(() =>
      expect(entries()[0]).toHaveTextContent(
        'Lene Bøgh Andersen gendannede indsatsområdet »6. Digitale medier«',
      ),
    );
    expect(screen.queryByRole('button', { name: /^Gendan/ })).not.toBeInTheDocument();
    expect(requests.filter((request) => request.url.endsWith('/restore'))).toHaveLength(1);
  });

  it('lets the secretariat restore a removed member', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${HISTORY}`]: auditPage([REMOVED_MEMBER]),
      [`POST ${DETAIL}/members/${REMOVED_MEMBER.entityId}/restore`]: json({}),
    });
    const { user } = renderRoute(HISTORY_PATH);

    await user.click(await screen.findByRole('button', { name: 'Gendan »Jesper Krogh«' }));

    expect(await screen.findByText('»Jesper Krogh« er gendannet.')).toBeVisible();
    expect(requests.some((request) => request.url.endsWith('/restore'))).toBe(true);
  });

  it('says when what it restores is already back', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${HISTORY}`]: auditPage([DELETED_FOCUS_AREA]),
      [`POST ${DETAIL}/focus-areas/${DELETED_FOCUS_AREA.entityId}/restore`]: () =>
        problem('not-found', 404),
    });
    const { user } = renderRoute(HISTORY_PATH);

    await user.click(await screen.findByRole('button', { name: 'Gendan »6. Digitale medier«' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Det er allerede gendannet, eller det findes ikke længere.',
    );
  });

  it('offers no restore for a deletion that was undone later', async () => {
    stubHistory([
      auditEntry({
        ...DELETED_FOCUS_AREA,
        id: '20000000-0000-4000-8000-000000000098',
        action: 'RESTORED',
      }),
      DELETED_FOCUS_AREA,
    ]);

    renderRoute(HISTORY_PATH);

    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /^Gendan/ })).not.toBeInTheDocument();
  });

  it.each<MemberRole>(['MEMBER', 'OBSERVER'])(
    'offers no restore to the role %s',
    async (myRole) => {
      stubHistory([DELETED_FOCUS_AREA, REMOVED_MEMBER], myRole);

      renderRoute(HISTORY_PATH);

      await waitFor(() => expect(entries()).toHaveLength(2));
      expect(screen.queryByRole('button', { name: /^Gendan/ })).not.toBeInTheDocument();
    },
  );

  it('says when nothing has changed yet', async () => {
    stubHistory([]);

    renderRoute(HISTORY_PATH);

    expect(
      await screen.findByText('Der er ikke ændret noget i partnerskabet endnu.'),
    ).toBeVisible();
  });
});
