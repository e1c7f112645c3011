import type {
  AuditEntryView,
  AuditPage,
  MemberPage,
  MemberView,
  MeView,
  PartnershipPage,
  PartnershipSummary,
  PartnershipView,
  SignatoryView,
  TermView,
} from '../api/types';

/*
 * Response bodies exactly as the contract describes them: every property present, `null` where a
 * value is empty, lists in the order the API sends them.
 */

export const HERLEV_NAME =
  'Partnerskabsaftale for forebyggelse af bandekriminalitet og øget tryghed i Herlev, Ballerup og Gladsaxe';
export const HERLEV_ID = '7f1d5a7e-2b2c-4d0a-9a3e-5c1e2f3a4b01';

export const ORG = {
  politi: {
    id: 'a0000000-0000-4000-8000-000000000001',
    name: 'Københavns Vestegns Politi',
    kind: 'POLITIKREDS' as const,
    cvr: null,
  },
  herlev: {
    id: 'a0000000-0000-4000-8000-000000000002',
    name: 'Herlev Kommune',
    kind: 'KOMMUNE' as const,
    cvr: '63640719',
  },
  ballerup: {
    id: 'a0000000-0000-4000-8000-000000000003',
    name: 'Ballerup Kommune',
    kind: 'KOMMUNE' as const,
    cvr: null,
  },
};

const firstTerm: TermView = {
  id: 'b0000000-0000-4000-8000-000000000001',
  startDate: '2013-09-01',
  endDate: '2015-12-31',
  kind: 'INITIAL',
  signedOn: null,
  evaluationOutcome: 'Partnerskabet videreføres',
  note: 'Demodata: første aftaleperiode',
  agreementDocument: null,
  version: 0,
};

const currentTerm: TermView = {
  id: 'b0000000-0000-4000-8000-000000000003',
  startDate: '2022-01-01',
  endDate: '2027-12-31',
  kind: 'RENEWAL',
  signedOn: '2021-12-15',
  evaluationOutcome: null,
  note: null,
  agreementDocument: null,
  version: 0,
};

export function me(overrides: Partial<MeView> = {}): MeView {
  return {
    id: 'c0000000-0000-4000-8000-000000000001',
    username: 'herlev',
    name: 'Hanne Herlev',
    email: 'herlev@example.org',
    organisation: 'Herlev Kommune',
    roles: ['user'],
    memberships: [{ partnershipId: HERLEV_ID, partnershipName: HERLEV_NAME, role: 'CHAIR' }],
    ...overrides,
  };
}

export function summary(overrides: Partial<PartnershipSummary> = {}): PartnershipSummary {
  return {
    id: HERLEV_ID,
    name: HERLEV_NAME,
    description: 'Forpligtende partnerskab mellem kommuner og politi.',
    status: 'ACTIVE',
    currentTerm,
    myRole: 'CHAIR',
    partyNames: ['Københavns Vestegns Politi', 'Herlev Kommune', 'Ballerup Kommune'],
    ...overrides,
  };
}

export function page(
  items: PartnershipSummary[],
  overrides: Partial<PartnershipPage> = {},
): PartnershipPage {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}

const PARTY_ID = {
  politi: 'c1000000-0000-4000-8000-000000000001',
  herlev: 'c1000000-0000-4000-8000-000000000002',
  ballerup: 'c1000000-0000-4000-8000-000000000003',
};

function signatory(
  n: number,
  partyId: string,
  name: string,
  title: string,
  termId: string | null,
): SignatoryView {
  return {
    id: `c2000000-0000-4000-8000-00000000000${n}`,
    partyId,
    name,
    title,
    termId,
    version: 0,
  };
}

/** A partnership as the API answers it; `canEdit` follows `myRole` (chair, secretariat) unless given. */
export function partnership(overrides: Partial<PartnershipView> = {}): PartnershipView {
  const role = overrides.myRole === undefined ? 'MEMBER' : overrides.myRole;
  const canEdit = overrides.canEdit ?? (role === 'CHAIR' || role === 'SECRETARIAT');
  return {
    id: HERLEV_ID,
    name: HERLEV_NAME,
    description: 'Et forpligtende partnerskab for forebyggelse af bandekriminalitet.',
    status: 'RENEWED',
    minMeetingsPerYear: 4,
    rulesOfProcedure:
      'Partnerskabet mødes mindst fire gange årligt.\nDagsorden udsendes en uge før.',
    economyNotes: 'Formandskabet afsætter 0,1 årsværk til sekretariatsbetjening.',
    purposes: [
      'Begrænse tilgangen til bandemiljøerne',
      'Øge trygheden blandt borgerne i disse områder',
    ],
    principles: ['Mobilitet', 'Tilgængelighed', 'Synlighed'],
    parties: [
      {
        id: PARTY_ID.politi,
        organisation: ORG.politi,
        signatories: [
          signatory(1, PARTY_ID.politi, 'Kim Christiansen', 'Politidirektør', firstTerm.id),
          signatory(2, PARTY_ID.politi, 'Jørgen Harlev', 'Politiinspektør', null),
          signatory(3, PARTY_ID.politi, 'Kim Christiansen', 'Politidirektør', currentTerm.id),
        ],
        version: 0,
      },
      {
        id: PARTY_ID.herlev,
        organisation: ORG.herlev,
        signatories: [signatory(4, PARTY_ID.herlev, 'Thomas Gyldal Petersen', 'Borgmester', null)],
        version: 0,
      },
      {
        id: PARTY_ID.ballerup,
        organisation: ORG.ballerup,
        signatories: [],
        version: 0,
      },
    ],
    terms: [firstTerm, currentTerm],
    chairPeriods: [
      {
        id: 'd0000000-0000-4000-8000-000000000001',
        organisation: ORG.herlev,
        startDate: '2013-09-01',
        endDate: '2014-12-31',
        note: null,
        version: 0,
      },
    ],
    focusAreas: [
      {
        id: 'e0000000-0000-4000-8000-000000000001',
        number: 1,
        title: 'Anvendelse af risikoprofiler',
        description: 'Viden om målgrupper i særlig risiko.',
        retired: false,
        version: 0,
      },
      {
        id: 'e0000000-0000-4000-8000-000000000002',
        number: 2,
        title: 'Systematik i brugen af indsatser',
        description: null,
        retired: true,
        version: 3,
      },
    ],
    milestones: [
      {
        id: 'f0000000-0000-4000-8000-000000000001',
        date: '2013-09-01',
        datePrecision: 'DAY',
        title: 'Partnerskabsaftalen træder i kraft',
        description: null,
      },
      {
        id: 'f0000000-0000-4000-8000-000000000002',
        date: '2016-10-01',
        datePrecision: 'MONTH',
        title: 'Aftalen forlænges',
        description: 'Demodata: forlængelse til 2019',
      },
    ],
    myRole: 'MEMBER',
    version: 3,
    ...overrides,
    canEdit,
  };
}

export function member(overrides: Partial<MemberView> = {}): MemberView {
  return {
    id: '10000000-0000-4000-8000-0000000000a1',
    personId: '10000000-0000-4000-8000-0000000000b1',
    name: 'Søren Holmgaard',
    email: 'herlev@partnerskab.example',
    organisation: ORG.herlev,
    role: 'MEMBER',
    invited: false,
    keepsSecretariatRights: false,
    version: 2,
    ...overrides,
  };
}

export function memberPage(items: MemberView[], overrides: Partial<MemberPage> = {}): MemberPage {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}

/** An audit entry; `before` and `after` are the read models the API records, as plain JSON. */
export function auditEntry(
  overrides: Omit<Partial<AuditEntryView>, 'before' | 'after'> & {
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  } = {},
): AuditEntryView {
  const { before = null, after = null, ...rest } = overrides;
  return {
    id: '20000000-0000-4000-8000-0000000000c1',
    occurredAt: '2026-03-12T13:05:00Z',
    actorName: 'Lene Bøgh Andersen',
    entityType: 'FOCUS_AREA',
    entityId: 'e0000000-0000-4000-8000-000000000002',
    action: 'UPDATED',
    summary: '2. Dialog og kommunikation',
    // The contract types these as Jackson's JsonNode; on the wire they are the entity's JSON.
    before: before as AuditEntryView['before'],
    after: after as AuditEntryView['after'],
    ...rest,
  };
}

export function auditPage(items: AuditEntryView[], overrides: Partial<AuditPage> = {}): AuditPage {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}
