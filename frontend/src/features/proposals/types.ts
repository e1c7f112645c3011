import type { paths } from '../../api/schema';

/*
 * The proposal DTOs, taken from the operations in the generated schema so they follow the contract
 * whatever the schemas are called in openapi.yaml.
 */

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer T } } }
  ? T
  : never;
type ItemOf<A> = A extends readonly (infer T)[] ? T : never;

type ProposalsPath = paths['/api/v1/partnerships/{partnershipId}/proposals'];
type AgendaPath = paths['/api/v1/partnerships/{partnershipId}/proposals/{proposalId}/agenda'];
type AnswerPath = paths['/api/v1/partnerships/{partnershipId}/proposals/{proposalId}/answer'];

export type ProposalPage = JsonOf<ProposalsPath['get']['responses'][200]>;
export type ProposalView = ItemOf<ProposalPage['items']>;
export type ProposalInput = BodyOf<ProposalsPath['post']>;
export type ProposalToAgenda = BodyOf<AgendaPath['post']>;
export type ProposalAnswer = BodyOf<AnswerPath['post']>;
export type ProposalKind = ProposalView['kind'];
export type ProposalStatus = ProposalView['status'];
export type ProposalOutcome = ProposalAnswer['outcome'];

export const PROPOSAL_KINDS: readonly ProposalKind[] = ['FOCUS_AREA', 'ACTIVITY'];
export const PROPOSAL_OUTCOMES: readonly ProposalOutcome[] = ['ACCEPTED', 'REJECTED'];

/** The limits the API enforces; checking them here only saves a round trip. */
export const PROPOSAL_LIMITS = {
  title: 300,
  description: 5000,
  reason: 2000,
} as const;
