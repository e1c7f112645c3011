import type { components, paths } from './schema';

/*
 * Names for the DTOs the SPA reads, taken from the operations' responses in the generated schema so
 * they follow the contract whatever the schemas are called in openapi.yaml.
 *
 * The contract marks no property as required and none as nullable, while the API sends `null` for
 * an empty optional value; the components therefore treat every property as possibly missing.
 */

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type ItemOf<A> = NonNullable<A> extends readonly (infer T)[] ? T : never;

export type MeView = JsonOf<paths['/api/v1/me']['get']['responses'][200]>;
export type MembershipView = ItemOf<MeView['memberships']>;

export type PartnershipPage = JsonOf<paths['/api/v1/partnerships']['get']['responses'][200]>;
export type PartnershipSummary = ItemOf<PartnershipPage['items']>;
export type PartnershipListQuery = NonNullable<
  paths['/api/v1/partnerships']['get']['parameters']['query']
>;

export type PartnershipView = JsonOf<paths['/api/v1/partnerships/{id}']['get']['responses'][200]>;
export type PartnershipStatus = NonNullable<PartnershipView['status']>;
export type PartnershipRole = NonNullable<PartnershipView['myRole']>;
export type PartyView = ItemOf<PartnershipView['parties']>;
export type SignatoryView = ItemOf<PartyView['signatories']>;
export type OrganisationRef = NonNullable<PartyView['organisation']>;
export type OrganisationKind = NonNullable<OrganisationRef['kind']>;
export type TermView = ItemOf<PartnershipView['terms']>;
export type TermKind = NonNullable<TermView['kind']>;
export type ChairPeriodView = ItemOf<PartnershipView['chairPeriods']>;
export type FocusAreaView = ItemOf<PartnershipView['focusAreas']>;
export type MilestoneView = ItemOf<PartnershipView['milestones']>;

/** RFC 9457 problem details as the API documents them. */
export type Problem = components['schemas']['Problem'];
export type Violation = ItemOf<Problem['violations']>;
