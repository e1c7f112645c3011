import { useQuery } from '@tanstack/react-query';
import type { OrganisationView } from '../../api/types';
import { api, unwrap } from '../../lib/api-client';
import { organisationKeys } from '../../lib/query-keys';

/** The most the API gives in one page of organisations. */
const PAGE_SIZE = 100;
/** More pages than any real list of organisations needs; it stops a runaway loop. */
const MAX_PAGES = 20;

export interface AllOrganisationsOptions {
  /** Also the deactivated ones, e.g. to find partnerships an organisation was a party to. */
  includeInactive?: boolean;
}

/**
 * Every organisation, by name, for a choice among all of them (a new party, a chair, a filter):
 * the API pages them, so all pages are read. By default only the active ones, which are those that
 * can be given a new role. Kept under the organisations' key, so changes there refresh it.
 */
export function useAllOrganisations({ includeInactive = false }: AllOrganisationsOptions = {}) {
  return useQuery<OrganisationView[]>({
    queryKey: organisationKeys.every(includeInactive ? 'any' : 'active'),
    queryFn: async () => {
      const organisations: OrganisationView[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await unwrap(
          api.GET('/api/v1/organisations', {
            params: {
              query: {
                ...(includeInactive ? {} : { active: true }),
                sort: 'name',
                page,
                size: PAGE_SIZE,
              },
            },
          }),
        );
        organisations.push(...result.items);
        if (page + 1 >= result.totalPages) break;
      }
      return organisations;
    },
  });
}
