import type { ProposalPage, ProposalView } from '../features/proposals/types';
import { HERLEV_ID } from './fixtures';
import { MEETING_ID } from './meeting-fixtures';
import { PERSON } from './working-group-fixtures';

/*
 * Proposals as the API answers them: every property present, `null` where a value is empty,
 * newest first as the API sends them.
 */

export const PROPOSAL_ID = '61000000-0000-4000-8000-000000000001';

/** A lokalråd's proposal of an activity, just submitted by someone else. */
export function proposal(overrides: Partial<ProposalView> = {}): ProposalView {
  return {
    id: PROPOSAL_ID,
    partnershipId: HERLEV_ID,
    kind: 'ACTIVITY',
    title: 'Tryghedsvandringer i Skovlunde',
    description: 'Lokalrådet foreslår tryghedsvandringer i Skovlunde i efteråret.',
    proposedBy: PERSON.bo,
    proposedAt: '2026-09-14T10:30:00+02:00',
    status: 'SUBMITTED',
    agenda: null,
    decision: null,
    answerReason: null,
    answeredAt: null,
    mine: false,
    canEdit: false,
    version: 0,
    ...overrides,
  };
}

/** The caller's own proposal of a focus area, accepted at a meeting by a decision. */
export function acceptedProposal(overrides: Partial<ProposalView> = {}): ProposalView {
  return proposal({
    id: '61000000-0000-4000-8000-000000000002',
    kind: 'FOCUS_AREA',
    title: 'Digitale medier',
    description: null,
    proposedBy: PERSON.soeren,
    proposedAt: '2026-05-02T08:00:00+02:00',
    status: 'ACCEPTED',
    agenda: {
      meetingId: MEETING_ID,
      meetingTitle: 'Partnerskabsmøde – 2. kvartal 2026',
      agendaItemId: '31000000-0000-4000-8000-000000000009',
    },
    decision: {
      id: '33000000-0000-4000-8000-000000000002',
      text: 'Digitale medier optages som nyt indsatsområde.',
    },
    answerReason: 'Partnerskabet ser et stigende behov for en indsats på de sociale medier.',
    answeredAt: '2026-06-10T15:00:00+02:00',
    mine: true,
    version: 3,
    ...overrides,
  });
}

export function proposalPage(
  items: ProposalView[],
  overrides: Partial<ProposalPage> = {},
): ProposalPage {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length === 0 ? 0 : 1,
    ...overrides,
  };
}
