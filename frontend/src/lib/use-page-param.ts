import { useSearchParams } from 'react-router';

/** The URL's `side` (page) parameter, one-based as users see it. */
export const PAGE_PARAM = 'side';

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/**
 * The page of a paged list the URL shows (one-based; `?side=2`), and a function that goes to
 * another page, so each page has its own address and the back button works. The list's other
 * parameters (its filters) stay as they are.
 */
export function usePageParam(): [page: number, goToPage: (page: number) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const goToPage = (next: number) => {
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (next > 1) params.set(PAGE_PARAM, String(next));
      else params.delete(PAGE_PARAM);
      return params;
    });
  };
  return [pageFrom(searchParams.get(PAGE_PARAM)), goToPage];
}
