import { useSearchParams } from 'react-router';
import { PAGE_PARAM } from '../../lib/use-page-param';

export const SEARCH_PATH = '/soeg';
/** The URL parameter with the searched words (`?q=tryghed`), so a search can be linked. */
export const QUERY_PARAM = 'q';
/** The URL parameter with the one partnership searched in; none means all of the user's. */
export const PARTNERSHIP_PARAM = 'partnership';

/** The address of the search page showing the hits for `query`. */
export function searchPath(query: string): string {
  const q = query.trim();
  return q ? `${SEARCH_PATH}?${new URLSearchParams({ [QUERY_PARAM]: q })}` : SEARCH_PATH;
}

/**
 * The search the URL holds, and functions that change it. Each change is a new history entry, so
 * the back button returns to the previous search, and starts again on the first page.
 */
export function useSearchState() {
  const [searchParams, setSearchParams] = useSearchParams();
  const change = (name: string, value: string | null) =>
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (value) params.set(name, value);
      else params.delete(name);
      params.delete(PAGE_PARAM);
      return params;
    });
  return {
    query: searchParams.get(QUERY_PARAM)?.trim() ?? '',
    partnership: searchParams.get(PARTNERSHIP_PARAM) || null,
    search: (query: string) => change(QUERY_PARAM, query.trim() || null),
    choosePartnership: (partnership: string | null) => change(PARTNERSHIP_PARAM, partnership),
  };
}
