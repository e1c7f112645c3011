import { useSearchParams } from 'react-router';
import { SEARCH_QUERY_PARAM } from '../../app/paths';
import { PAGE_PARAM } from '../../lib/use-page-param';

/** The URL parameter with the one partnership searched in; none means all of the user's. */
export const PARTNERSHIP_PARAM = 'partnership';

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
    query: searchParams.get(SEARCH_QUERY_PARAM)?.trim() ?? '',
    partnership: searchParams.get(PARTNERSHIP_PARAM) || null,
    search: (query: string) => change(SEARCH_QUERY_PARAM, query.trim() || null),
    choosePartnership: (partnership: string | null) => change(PARTNERSHIP_PARAM, partnership),
  };
}
