import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { auditEntry, auditPage, HERLEV_ID, me, ORG, partnership } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const HISTORY = `${DETAIL}/history`;
const HISTORY_PATH = `/partnerskaber/${HERLEV_ID}/historik`;

const TERM_ID = 'b0000000-0000-4000-8000-000000000002';
const CHAIR_ID = 'd0000000-0000-4000-8000-000000000002';

const term = {
  id: TERM_ID,
  startDate: '2016-01-01',
  endDate: '2019-12-31',
  kind: 'RENEWAL',
  signedOn: null,
  evaluationOutcome: null,
  note: null,
  agreementDocument: null,
  version: 1,
};

const UPDATED_TERM = auditEntry({
  id: '20000000-0000-4000-8000-000000000011',
  entityType: 'TERM',
  entityId: TERM_ID,
  action: 'UPDATED',
  summary: '2016-01-01 – 2019-12-31',
  before: { ...term, endDate: '2018-12-31' },
  after: { ...term, signedOn: '2015-11-30', version: 2 },
});
const DELETED_TERM = auditEntry({
  id: '20000000-0000-4000-8000-000000000012',
  entityType: 'TERM',
  entityId: TERM_ID,
  action: 'DELETED',
  summary: '2016-01-01 – 2019-12-31',
  before: term,
});
const DELETED_CHAIR = auditEntry({
  id: '20000000-0000-4000-8000-000000000013',
  entityType: 'CHAIR_PERIOD',
  entityId: CHAIR_ID,
  action: 'DELETED',
  summary: 'Ballerup Kommune 2015-01-01 – 2016-12-31',
  before: {
    id: CHAIR_ID,
    organisation: ORG.ballerup,
    startDate: '2015-01-01',
    endDate: '2016-12-31',
    note: null,
    version: 0,
  },
});
const UPLOADED_AGREEMENT = auditEntry({
  id: '20000000-0000-4000-8000-000000000014',
  entityType: 'AGREEMENT_DOCUMENT',
  entityId: '30000000-0000-4000-8000-000000000001',
  action: 'CREATED',
  summary: 'partnerskabsaftale-2016.pdf',
  after: {
    id: '30000000-0000-4000-8000-000000000001',
    filename: 'partnerskabsaftale-2016.pdf',
    sizeBytes: 482133,
    uploadedAt: '2026-03-12T13:05:00Z',
    uploadedBy: 'Lene Bøgh Andersen',
  },
});

function entries(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Historik' })).getAllByRole('listitem');
}

function stubHistory(items: AuditEntryView[]) {
  return fakeApi({
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    [`GET ${HISTORY}`]: auditPage(items),
  });
}

describe('the history of terms and chair periods', () => {
  it('tells changes to terms, chair periods and signed agreements with Danish dates', async () => {
    stubHistory([UPDATED_TERM, DELETED_CHAIR, UPLOADED_AGREEMENT]);
    const { user } = renderRoute(HISTORY_PATH);

    await waitFor(() => expect(entries()).toHaveLength(3));
    const [updated, chair, uploaded] = entries();
    expect(updated).toHaveTextContent(
      'Lene Bøgh Andersen ændrede aftaleperioden 1. januar 2016 – 31. december 2019',
    );
    expect(chair).toHaveTextContent(
      'Lene Bøgh Andersen slettede formandskabet Ballerup Kommune 1. januar 2015 – 31. december 2016',
    );
    expect(uploaded).toHaveTextContent(
      'Lene Bøgh Andersen uploadede den underskrevne aftale »partnerskabsaftale-2016.pdf«',
    );

    await user.click(within(updated).getByRole('button', { name: 'Vis ændringer' }));

    const rows = within(within(updated).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'FeltFørEfter',
      'Slutdato31. december 201831. december 2019',
      'Underskrevet(tom)30. november 2015',
    ]);
  });

  it('lets the secretariat restore a deleted term', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${HISTORY}`]: auditPage([DELETED_TERM]),
      [`POST ${DETAIL}/terms/${TERM_ID}/restore`]: json(term),
    });
    const { user } = renderRoute(HISTORY_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: 'Gendan »1. januar 2016 – 31. december 2019«',
      }),
    );

    expect(
      await screen.findByText('»1. januar 2016 – 31. december 2019« er gendannet.'),
    ).toBeVisible();
    expect(requests.some((request) => request.url.endsWith(`/terms/${TERM_ID}/restore`))).toBe(
      true,
    );
  });

  it('lets the secretariat restore a deleted chair period', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${HISTORY}`]: auditPage([DELETED_CHAIR]),
      [`POST ${DETAIL}/chair-periods/${CHAIR_ID}/restore`]: json(DELETED_CHAIR.before),
    });
    const { user } = renderRoute(HISTORY_PATH);

    await user.click(
      await screen.findByRole('button', {
        name: 'Gendan »Ballerup Kommune 1. januar 2015 – 31. december 2016«',
      }),
    );

    expect(await screen.findByRole('status')).toHaveTextContent(
      '»Ballerup Kommune 1. januar 2015 – 31. december 2016« er gendannet.',
    );
    expect(
      requests.some((request) => request.url.endsWith(`/chair-periods/${CHAIR_ID}/restore`)),
    ).toBe(true);
  });

  it('says when a period cannot be restored because a newer one overlaps it', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${HISTORY}`]: auditPage([DELETED_TERM]),
      [`POST ${DETAIL}/terms/${TERM_ID}/restore`]: () =>
        problem('validation-failed', 400, {
          violations: [{ field: 'startDate', in: 'body', message: 'overlaps the term' }],
        }),
    });
    const { user } = renderRoute(HISTORY_PATH);

    await user.click(await screen.findByRole('button', { name: /^Gendan/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Perioden overlapper en periode, der er tilføjet siden. Ret eller slet den anden periode først.',
    );
  });

  it('offers no restore of a signed agreement', async () => {
    stubHistory([{ ...UPLOADED_AGREEMENT, action: 'DELETED', before: UPLOADED_AGREEMENT.after }]);

    renderRoute(HISTORY_PATH);

    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(screen.queryByRole('button', { name: /^Gendan/ })).not.toBeInTheDocument();
  });
});
