import { useSearchParams } from 'react-router';
import type { OrganisationKind } from '../../api/types';
import { PAGE_PARAM } from '../../lib/use-page-param';
import { isOrganisationKind } from './kinds';

const SEARCH_PARAM = 'soeg';
const KIND_PARAM = 'type';
const DEACTIVATED_PARAM = 'deaktiverede';
const SHOWN = 'vis';

export interface OrganisationFilters {
  /** Part of the name; empty for any. */
  text: string;
  kind: OrganisationKind | null;
  showDeactivated: boolean;
}

/**
 * The list's filters as the URL holds them (`?soeg=herlev&type=KOMMUNE&deaktiverede=vis`), so a
 * filtered list can be bookmarked and the back button undoes a filter. Changing a filter goes back
 * to the first page, since the old page number means nothing in the new result.
 */
export function useOrganisationFilters(): [
  filters: OrganisationFilters,
  setFilters: (changes: Partial<OrganisationFilters>) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const kind = searchParams.get(KIND_PARAM);
  const filters: OrganisationFilters = {
    text: searchParams.get(SEARCH_PARAM) ?? '',
    // An unknown kind in a hand-edited address is ignored rather than sent for the API to refuse.
    kind: isOrganisationKind(kind) ? kind : null,
    showDeactivated: searchParams.get(DEACTIVATED_PARAM) === SHOWN,
  };

  const setFilters = (changes: Partial<OrganisationFilters>) => {
    const next = { ...filters, ...changes };
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      params.delete(PAGE_PARAM);
      setOrDelete(params, SEARCH_PARAM, next.text.trim());
      setOrDelete(params, KIND_PARAM, next.kind ?? '');
      setOrDelete(params, DEACTIVATED_PARAM, next.showDeactivated ? SHOWN : '');
      return params;
    });
  };

  return [filters, setFilters];
}

function setOrDelete(params: URLSearchParams, name: string, value: string) {
  if (value) params.set(name, value);
  else params.delete(name);
}
