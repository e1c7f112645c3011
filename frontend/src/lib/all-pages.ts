/** The most the API gives in one page. */
export const LARGEST_PAGE = 100;
/** More pages than any list read whole needs; it stops a runaway loop. */
const MAX_PAGES = 20;

interface Page<T> {
  items: T[];
  totalPages: number;
}

/**
 * Every item of a paged list, read page by page in the largest pages the API gives: for a choice
 * among all of them, or a view that must not be split across pages.
 */
export async function fetchAllPages<T>(
  fetchPage: (page: number, size: number) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await fetchPage(page, LARGEST_PAGE);
    items.push(...result.items);
    if (page + 1 >= result.totalPages) break;
  }
  return items;
}
