import { usePageTitle } from '../lib/use-page-title';

/** Sets the document title from where a page renders it, e.g. in one branch of a page. */
export function PageTitle({ title }: { title: string }) {
  usePageTitle(title);
  return null;
}
