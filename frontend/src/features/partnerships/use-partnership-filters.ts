import { useSearchParams } from 'react-router';
import { isUuid } from '../../lib/ids';
import { PAGE_PARAM } from '../../lib/use-page-param';

const ORGANISATION_PARAM = 'organisation';

export interface PartnershipFilters {
  /** The id of an organisation the partnerships must have as a party; null for any. */
  organisation: string | null;
}

export const NO_PARTNERSHIP_FILTERS: PartnershipFilters = { organisation: null };

export function isFiltered(filters: PartnershipFilters): boolean {
  return filters.organisation !== null;
}

/**
 * The list's filters as the URL holds them (`?organisation=<id>`), so a filtered list can be
 * bookmarked and the back button undoes a filter. Changing a filter goes back to the first page,
 * since the old page number means nothing in the new result.
 */
export function usePartnershipFilters(): [
  filters: PartnershipFilters,
  setFilters: (changes: Partial<PartnershipFilters>) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const organisation = searchParams.get(ORGANISATION_PARAM);
  const filters: PartnershipFilters = {
    // A malformed id in a hand-edited address is ignored rather than sent for the API to refuse.
    organisation: organisation && isUuid(organisation) ? organisation : null,
  };

  const setFilters = (changes: Partial<PartnershipFilters>) => {
    const next = { ...filters, ...changes };
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      params.delete(PAGE_PARAM);
      if (next.organisation) params.set(ORGANISATION_PARAM, next.organisation);
      else params.delete(ORGANISATION_PARAM);
      return params;
    });
  };

  return [filters, setFilters];
}
