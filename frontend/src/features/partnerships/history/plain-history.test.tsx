import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../../api/types';
import { fakeApi } from '../../../test/fake-api';
import { auditEntry, auditPage, HERLEV_ID, me, partnership } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const HISTORY_PATH = `/partnerskaber/${HERLEV_ID}/historik`;

const BALLERUP = {
  id: '10000000-0000-4000-8000-000000000003',
  cvr: null,
  kind: 'KOMMUNE',
  name: 'Ballerup Kommune',
};

/* Entries as the API records them for meetings, follow-ups, goals, values and files. */
const FOLLOW_UP = auditEntry({
  id: '30000000-0000-4000-8000-000000000001',
  entityType: 'FOLLOW_UP',
  entityId: 'bc51c293-c54f-4274-9541-56111f74e8b9',
  summary: 'Ballerup sender datoerne for vandringerne',
  before: {
    id: 'bc51c293-c54f-4274-9541-56111f74e8b9',
    note: null,
    title: 'Ballerup sender datoerne for vandringerne',
    status: 'OPEN',
    dueDate: null,
    overdue: false,
    version: 0,
    meetingId: '48d6e395-cf18-4bf2-b08e-9a49f9b67a9f',
    agendaItemId: '5b464e2c-642c-414b-85e1-eeb5f27aefd8',
    partnershipId: HERLEV_ID,
    responsiblePerson: null,
    responsibleOrganisation: null,
  },
  after: {
    id: 'bc51c293-c54f-4274-9541-56111f74e8b9',
    note: 'Datoerne er sendt',
    title: 'Ballerup sender datoerne for vandringerne',
    status: 'DONE',
    dueDate: '2026-04-30',
    overdue: false,
    version: 1,
    meetingId: '48d6e395-cf18-4bf2-b08e-9a49f9b67a9f',
    agendaItemId: '5b464e2c-642c-414b-85e1-eeb5f27aefd8',
    partnershipId: HERLEV_ID,
    responsiblePerson: { id: '90000000-0000-4000-8000-000000000003', name: 'Søren Holmgaard' },
    responsibleOrganisation: BALLERUP,
  },
});
const MEETING = auditEntry({
  id: '30000000-0000-4000-8000-000000000002',
  entityType: 'MEETING',
  entityId: '48d6e395-cf18-4bf2-b08e-9a49f9b67a9f',
  summary: 'Partnerskabsmøde',
  before: {
    place: 'Herlev Rådhus',
    title: 'Partnerskabsmøde',
    status: 'PLANNED',
    startsAt: '2026-12-07T08:00+01:00',
    onlineUrl: null,
    durationMinutes: 120,
    cancellationReason: null,
  },
  after: {
    place: 'Herlev Rådhus',
    title: 'Partnerskabsmøde',
    status: 'CANCELLED',
    startsAt: '2026-12-08T13:30+01:00',
    onlineUrl: null,
    durationMinutes: 90,
    cancellationReason: 'Sygdom',
  },
});
const MEASUREMENT = auditEntry({
  id: '30000000-0000-4000-8000-000000000003',
  entityType: 'MEASUREMENT',
  entityId: '42000000-0000-4000-8000-000000000001',
  summary: 'IND-01 2026-Q2',
  before: {
    areaId: '41000000-0000-4000-8000-000000000001',
    period: '2026-Q2',
    value: 185,
    source: null,
    note: null,
  },
  after: {
    areaId: '41000000-0000-4000-8000-000000000001',
    period: '2026-Q2',
    value: 18.5,
    source: 'Politiets døgnrapport',
    note: null,
  },
});
const GOAL = auditEntry({
  id: '30000000-0000-4000-8000-000000000004',
  entityType: 'GOAL',
  entityId: 'b01fa7fc-fc6f-429a-8e99-0380e64399b7',
  action: 'CREATED',
  summary: 'Færre indbrud',
  after: {
    id: 'b01fa7fc-fc6f-429a-8e99-0380e64399b7',
    title: 'Færre indbrud',
    status: 'ACTIVE',
    canEdit: true,
    dueDate: null,
    version: 0,
    focusArea: null,
    indicators: [
      {
        id: '0fcf8415-0900-4ac5-8187-04d942dfd0f8',
        code: 'IND-01',
        name: 'Anmeldte indbrud',
        status: 'NO_DATA',
      },
    ],
    workingGroup: { id: '84c8d5cd-5ac9-49c2-9068-0ea69081baf6', name: 'Vandringsgruppe' },
    partnershipId: HERLEV_ID,
    indicatorStatus: 'NO_DATA',
    successCriterion: null,
    responsibleOrganisation: BALLERUP,
  },
});
const ATTACHMENT = auditEntry({
  id: '30000000-0000-4000-8000-000000000005',
  entityType: 'AGENDA_ATTACHMENT',
  entityId: '93384fc6-82e2-4f00-a388-6a9ad31a778c',
  action: 'CREATED',
  summary: 'bilag.pdf',
  after: {
    id: '93384fc6-82e2-4f00-a388-6a9ad31a778c',
    filename: 'bilag.pdf',
    sizeBytes: 204800,
    uploadedAt: '2026-12-07T21:57:56.905819399+01:00',
    uploadedBy: 'Test sekretariat',
    contentType: 'application/pdf',
    keepsSecretariatRights: false,
  },
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ISO_TIME = /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/;
const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z]*\b/;

function entries(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Historik' })).getAllByRole('listitem');
}

async function showAll(items: AuditEntryView[]) {
  fakeApi({
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    [`GET ${DETAIL}/history`]: auditPage(items),
  });
  const { user } = renderRoute(HISTORY_PATH);
  await waitFor(() => expect(entries()).toHaveLength(items.length));
  for (const entry of entries()) {
    await user.click(within(entry).getByRole('button', { name: 'Vis ændringer' }));
  }
}

function rows(entry: HTMLElement): string[][] {
  return within(within(entry).getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('the history in plain Danish', () => {
  it('shows no ids, ISO timestamps or field names of the API', async () => {
    const items = [FOLLOW_UP, MEETING, MEASUREMENT, GOAL, ATTACHMENT];
    await showAll(items);

    const list = screen.getByRole('list', { name: 'Historik' });
    const text = list.textContent ?? '';
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(ISO_TIME);
    for (const entry of entries()) {
      for (const [field] of rows(entry)) expect(field).not.toMatch(CAMEL_CASE);
    }
  });

  it('writes statuses, dates, people and organisations as the rest of the app does', async () => {
    await showAll([FOLLOW_UP, MEETING]);
    const [followUp, meeting] = entries();

    expect(rows(followUp)).toEqual([
      ['Note', '(tom)', 'Datoerne er sendt'],
      ['Status', 'Åben', 'Udført'],
      ['Frist', '(tom)', '30. april 2026'],
      ['Ansvarlig person', '(tom)', 'Søren Holmgaard'],
      ['Ansvarlig organisation', '(tom)', 'Ballerup Kommune'],
    ]);
    expect(rows(meeting)).toEqual([
      ['Status', 'Planlagt', 'Aflyst'],
      ['Tidspunkt', '7. december 2026 kl. 08.00', '8. december 2026 kl. 13.30'],
      ['Varighed', '120 minutter', '90 minutter'],
      ['Årsag til aflysning', '(tom)', 'Sygdom'],
    ]);
  });

  it('writes values in Danish, periods in words, files by name and size, and yes or no', async () => {
    await showAll([MEASUREMENT, GOAL, ATTACHMENT]);
    const [measurement, goal, attachment] = entries();

    expect(measurement).toHaveTextContent('Lene Bøgh Andersen ændrede »IND-01 2. kvartal 2026«');
    expect(rows(measurement)).toEqual([
      ['Værdi', '185', '18,5'],
      ['Kilde', '(tom)', 'Politiets døgnrapport'],
    ]);
    expect(rows(goal)).toEqual([
      ['Titel', '(tom)', 'Færre indbrud'],
      ['Status', '(tom)', 'Aktivt'],
      ['Frist', '(tom)', '(tom)'],
      ['Indsatsområde', '(tom)', '(tom)'],
      ['Indikatorer', '(tom)', 'IND-01 Anmeldte indbrud'],
      ['Arbejdsgruppe', '(tom)', 'Vandringsgruppe'],
      ['Succeskriterium', '(tom)', '(tom)'],
      ['Ansvarlig organisation', '(tom)', 'Ballerup Kommune'],
    ]);
    expect(rows(attachment)).toEqual([
      ['Filnavn', '(tom)', 'bilag.pdf'],
      ['Størrelse', '(tom)', '200 kB'],
      ['Lagt op', '(tom)', '7. december 2026 kl. 21.57'],
      ['Lagt op af', '(tom)', 'Test sekretariat'],
      ['Filtype', '(tom)', 'application/pdf'],
      ['Beholder sekretariatets rettigheder', '(tom)', 'Nej'],
    ]);
  });
});
