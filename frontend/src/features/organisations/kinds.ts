import type { OrganisationKind } from '../../api/types';

/** In the order the kinds are offered; the API's own order. */
export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'KOMMUNE',
  'POLITIKREDS',
  'BOLIGORGANISATION',
  'FORENING',
  'OTHER',
];

export function isOrganisationKind(value: string | null): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly (string | null)[]).includes(value);
}
