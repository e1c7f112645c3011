import { useQuery } from '@tanstack/react-query';
import type { paths } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api-client';

type OrganisationPage =
  paths['/api/v1/organisations']['get']['responses'][200]['content']['application/json'];
export type ActiveOrganisation = OrganisationPage['items'][number];

const PAGE_SIZE = 100;
/** More pages than any real list of parties needs; it stops a runaway loop. */
const MAX_PAGES = 20;

/**
 * Every active organisation, by name: those a chair period can be given to. The API pages them,
 * so all pages are read. Kept under the organisations' key, so changes there refresh it.
 */
export function useActiveOrganisations() {
  return useQuery<ActiveOrganisation[]>({
    queryKey: ['organisations', 'active-all'],
    queryFn: async () => {
      const organisations: ActiveOrganisation[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await unwrap(
          api.GET('/api/v1/organisations', {
            params: { query: { active: true, sort: 'name', page, size: PAGE_SIZE } },
          }),
        );
        organisations.push(...result.items);
        if (page + 1 >= result.totalPages) break;
      }
      return organisations;
    },
  });
}
