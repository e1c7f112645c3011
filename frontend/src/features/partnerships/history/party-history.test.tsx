import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { auditEntry, auditPage, HERLEV_ID, me, ORG, partnership } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const HISTORY = `${DETAIL}/history`;
const HISTORY_PATH = `/partnerskaber/${HERLEV_ID}/historik`;

const [POLITI] = partnership().parties;
const [KIM_2013] = POLITI.signatories;
const [FIRST_TERM, CURRENT_TERM] = partnership().terms;

const GLADSAXE = {
  id: 'a0000000-0000-4000-8000-000000000004',
  name: 'Gladsaxe Kommune',
  kind: 'KOMMUNE',
  cvr: null,
};
const GLADSAXE_PARTY_ID = 'c1000000-0000-4000-8000-000000000004';
const ANNE_ID = 'c2000000-0000-4000-8000-000000000009';
const anne = {
  id: ANNE_ID,
  partyId: GLADSAXE_PARTY_ID,
  name: 'Anne Kristine Hansen',
  title: 'Borgmester',
  termId: CURRENT_TERM.id,
  version: 0,
};

const REMOVED_PARTY = auditEntry({
  id: '20000000-0000-4000-8000-000000000021',
  entityType: 'PARTY',
  entityId: GLADSAXE_PARTY_ID,
  action: 'DELETED',
  summary: 'Gladsaxe Kommune',
  before: { id: GLADSAXE_PARTY_ID, organisation: GLADSAXE, signatories: [anne], version: 2 },
});
const REMOVED_SIGNATORY = auditEntry({
  id: '20000000-0000-4000-8000-000000000022',
  occurredAt: '2026-03-11T09:00:00Z',
  entityType: 'SIGNATORY',
  entityId: 'c2000000-0000-4000-8000-000000000008',
  action: 'DELETED',
  summary: 'Jørgen Harlev',
  before: {
    id: 'c2000000-0000-4000-8000-000000000008',
    partyId: POLITI.id,
    name: 'Jørgen Harlev',
    title: 'Politiinspektør',
    termId: null,
    version: 1,
  },
});
const UPDATED_SIGNATORY = auditEntry({
  id: '20000000-0000-4000-8000-000000000023',
  occurredAt: '2026-03-10T09:00:00Z',
  entityType: 'SIGNATORY',
  entityId: KIM_2013.id,
  action: 'UPDATED',
  summary: 'Kim Christiansen',
  before: { ...KIM_2013, termId: null },
  after: { ...KIM_2013, title: 'Politidirektør, Københavns Vestegn', version: 1 },
});
const ADDED_PARTY = auditEntry({
  id: '20000000-0000-4000-8000-000000000024',
  occurredAt: '2026-03-09T09:00:00Z',
  entityType: 'PARTY',
  entityId: GLADSAXE_PARTY_ID,
  action: 'CREATED',
  summary: 'Gladsaxe Kommune',
  after: { id: GLADSAXE_PARTY_ID, organisation: GLADSAXE, signatories: [], version: 0 },
});

function entries(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Historik' })).getAllByRole('listitem');
}

function changeRows(entry: HTMLElement): (string | null)[] {
  return within(within(entry).getByRole('table'))
    .getAllByRole('row')
    .map((row) => row.textContent);
}

function stubHistory(items: AuditEntryView[]) {
  return fakeApi({
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    [`GET ${HISTORY}`]: auditPage(items),
  });
}

describe('the history of parties and signatories', () => {
  it('tells changes to parties and signatories in Danish, naming the party signed for', async () => {
    stubHistory([REMOVED_PARTY, REMOVED_SIGNATORY, UPDATED_SIGNATORY, ADDED_PARTY]);
    const { user } = renderRoute(HISTORY_PATH);

    await waitFor(() => expect(entries()).toHaveLength(4));
    const [removedParty, removedSignatory, updatedSignatory, addedParty] = entries();
    expect(removedParty).toHaveTextContent('Lene Bøgh Andersen fjernede parten »Gladsaxe Kommune«');
    expect(removedSignatory).toHaveTextContent(
      'Lene Bøgh Andersen fjernede underskriveren »Jørgen Harlev« for Københavns Vestegns Politi',
    );
    expect(updatedSignatory).toHaveTextContent(
      'Lene Bøgh Andersen ændrede underskriveren »Kim Christiansen« for Københavns Vestegns Politi',
    );
    expect(addedParty).toHaveTextContent('Lene Bøgh Andersen tilføjede parten »Gladsaxe Kommune«');

    await user.click(within(updatedSignatory).getByRole('button', { name: 'Vis ændringer' }));
    expect(changeRows(updatedSignatory)).toEqual([
      'FeltFørEfter',
      'TitelPolitidirektørPolitidirektør, Københavns Vestegn',
      'Aftaleperiode(tom)1. september 2013 – 31. december 2015',
    ]);

    await user.click(within(removedParty).getByRole('button', { name: 'Vis ændringer' }));
    expect(changeRows(removedParty)).toEqual([
      'FeltFørEfter',
      'OrganisationGladsaxe Kommune(tom)',
      'UnderskrivereAnne Kristine Hansen, Borgmester(tom)',
    ]);
  });

  it('leaves out the party of a signatory whose party has been removed', async () => {
    stubHistory([
      auditEntry({
        ...REMOVED_SIGNATORY,
        summary: 'Anne Kristine Hansen',
        before: { ...anne, termId: FIRST_TERM.id },
      }),
    ]);

    renderRoute(HISTORY_PATH);

    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(entries()[0]).toHaveTextContent(
      /^Lene Bøgh Andersen fjernede underskriveren »Anne Kristine Hansen«11\. marts/,
    );
  });

  it('lets the secretariat restore a removed party with its signatories', async () => {
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
                    ...REMOVED_PARTY,
                    id: '20000000-0000-4000-8000-000000000099',
                    action: 'RESTORED',
                    before: null,
                    after: REMOVED_PARTY.before,
                  }),
                  REMOVED_PARTY,
                ]
              : [REMOVED_PARTY],
          ),
        ),
      [`POST ${DETAIL}/parties/${GLADSAXE_PARTY_ID}/restore`]: () => {
        restored = true;
        return json({ ...REMOVED_PARTY.before, version: 3 });
      },
    });
    const { user } = renderRoute(HISTORY_PATH);

    await user.click(await screen.findByRole('button', { name: 'Gendan »Gladsaxe Kommune«' }));

    const note = await screen.findByRole('status');
    expect(note).toHaveTextContent('»Gladsaxe Kommune« er gendannet.');
    expect(note).toHaveFocus();
    await waitFor(() =>
      expect(entries()[0]).toHaveTextContent(
        'Lene Bøgh Andersen gendannede parten »Gladsaxe Kommune«',
      ),
    );
    expect(screen.queryByRole('button', { name: /^Gendan/ })).not.toBeInTheDocument();
    expect(requests.filter((request) => request.url.endsWith('/restore'))).toHaveLength(1);
  });

  it('restores a removed signatory through the party it signed for', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${HISTORY}`]: auditPage([REMOVED_SIGNATORY]),
      [`POST ${DETAIL}/parties/${POLITI.id}/signatories/${REMOVED_SIGNATORY.entityId}/restore`]:
        () => json({ ...REMOVED_SIGNATORY.before, version: 2 }),
    });
    const { user } = renderRoute(HISTORY_PATH);

    await user.click(await screen.findByRole('button', { name: 'Gendan »Jørgen Harlev«' }));

    expect(await screen.findByRole('status')).toHaveTextContent('»Jørgen Harlev« er gendannet.');
    const restore = requests.find((request) => request.url.endsWith('/restore'));
    expect(restore?.method).toBe('POST');
    expect(new URL(restore!.url).pathname).toBe(
      `${DETAIL}/parties/${POLITI.id}/signatories/${REMOVED_SIGNATORY.entityId}/restore`,
    );
  });

  it('says when the organisation of a removed party has been made a party again', async () => {
    const removedHerlev = auditEntry({
      ...REMOVED_PARTY,
      summary: ORG.herlev.name,
      before: { id: GLADSAXE_PARTY_ID, organisation: ORG.herlev, signatories: [], version: 0 },
    });
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${HISTORY}`]: auditPage([removedHerlev]),
      [`POST ${DETAIL}/parties/${GLADSAXE_PARTY_ID}/restore`]: () => problem('not-found', 404),
    });
    const { user } = renderRoute(HISTORY_PATH);

    await user.click(await screen.findByRole('button', { name: 'Gendan »Herlev Kommune«' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Organisationen er allerede part i aftalen igen.',
    );
  });

  it('says to restore the party first when a signatory’s party has been removed', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${HISTORY}`]: auditPage([
        auditEntry({ ...REMOVED_SIGNATORY, summary: anne.name, before: anne }),
      ]),
      [`POST ${DETAIL}/parties/${GLADSAXE_PARTY_ID}/signatories/${REMOVED_SIGNATORY.entityId}/restore`]:
        () => problem('not-found', 404),
    });
    const { user } = renderRoute(HISTORY_PATH);

    await user.click(await screen.findByRole('button', { name: 'Gendan »Anne Kristine Hansen«' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Parten, som underskriveren skrev under for, er fjernet. Gendan parten først.',
    );
  });

  it('says a removed signatory is gone when its party is still there', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${HISTORY}`]: auditPage([REMOVED_SIGNATORY]),
      [`POST ${DETAIL}/parties/${POLITI.id}/signatories/${REMOVED_SIGNATORY.entityId}/restore`]:
        () => problem('not-found', 404),
    });
    const { user } = renderRoute(HISTORY_PATH);

    await user.click(await screen.findByRole('button', { name: 'Gendan »Jørgen Harlev«' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Det er allerede gendannet, eller det findes ikke længere.',
    );
  });

  it('offers no restore to a member', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${HISTORY}`]: auditPage([REMOVED_PARTY, REMOVED_SIGNATORY]),
    });

    renderRoute(HISTORY_PATH);

    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /^Gendan/ })).not.toBeInTheDocument();
  });
});
