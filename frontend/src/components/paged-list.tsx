import { Anchor, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState } from './empty-state';
import { LoadingState } from './loading-state';
import { PageNavigation } from './page-navigation';
import { ProblemAlert } from './problem-alert';

/** What every paged list of the API answers with. */
export interface Paged<T> {
  items: T[];
  totalItems: number;
  totalPages: number;
}

interface PagedListProps<P extends Paged<unknown>> {
  query: UseQueryResult<P>;
  /** One-based, as the address shows it. */
  page: number;
  onPageChange: (page: number) => void;
  /** Read out while the page loads. */
  loading: string;
  empty: {
    title: string;
    message: string;
    /** Offered under the message, e.g. to clear a search. */
    action?: ReactNode;
    /**
     * The message alone, as a line of text, where a heading just above already names the list;
     * the title then heads only the state of a page past the last.
     */
    inline?: boolean;
  };
  /** A page past the last one, e.g. after items were removed elsewhere. */
  outOfRange: {
    title?: string;
    message: string;
    firstPage: string;
    /** Where the first page is, for a link; without it, a button goes there. */
    firstPageHref?: string;
  };
  /** Heading level of the empty state's title, to keep headings in order. */
  headingOrder?: 2 | 3 | 4;
  /** Instead of the standard problem alert, e.g. one offering another way on. */
  error?: (error: Error) => ReactNode;
  /** Names the page navigation where a page has more than one paged list. */
  navigationLabel?: string;
  /** The page's items (at least one). */
  children: (data: P) => ReactNode;
}

/**
 * One page of a paged list in every state it can be in: loading, failed (with a retry), past the
 * last page, empty, or its items followed by the links to the other pages.
 */
export function PagedList<P extends Paged<unknown>>({
  query,
  page,
  onPageChange,
  loading,
  empty,
  outOfRange,
  headingOrder,
  error,
  navigationLabel,
  children,
}: PagedListProps<P>) {
  if (query.isPending) return <LoadingState label={loading} />;
  if (query.isError) {
    return error ? (
      error(query.error)
    ) : (
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const { data } = query;
  if (data.items.length === 0) {
    if (page > 1 && data.totalItems > 0) {
      return (
        <EmptyState
          headingOrder={headingOrder}
          title={outOfRange.title ?? empty.title}
          message={outOfRange.message}
        >
          {outOfRange.firstPageHref !== undefined ? (
            <Anchor component={Link} to={outOfRange.firstPageHref}>
              {outOfRange.firstPage}
            </Anchor>
          ) : (
            <Anchor component="button" type="button" onClick={() => onPageChange(1)}>
              {outOfRange.firstPage}
            </Anchor>
          )}
        </EmptyState>
      );
    }
    if (empty.inline) return <Text>{empty.message}</Text>;
    return (
      <EmptyState headingOrder={headingOrder} title={empty.title} message={empty.message}>
        {empty.action}
      </EmptyState>
    );
  }
  return (
    <>
      {children(data)}
      <PageNavigation
        page={page}
        totalPages={data.totalPages}
        onChange={onPageChange}
        label={navigationLabel}
      />
    </>
  );
}
