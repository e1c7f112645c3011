import { Alert, Button, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../components/paged-list';
import { ProblemAlert } from '../../components/problem-alert';
import { toProblemError } from '../../lib/problem';
import { useMe } from '../../lib/use-me';
import { usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { SearchForm, type PartnershipChoice } from './search-form';
import { SearchHitList } from './search-hit-list';
import { useSearchState } from './search-params';
import { highlightTerms } from './search-words';
import { useSearch, type SearchPage as SearchResults } from './use-search';

/** Why the API refused a search: no word to search for, or a partnership the user cannot see. */
function refusal(error: unknown, inPartnership: boolean): 'too-short' | 'partnership' | null {
  const problem = toProblemError(error);
  const fields = (problem.problem?.violations ?? []).map((violation) => violation.field);
  if (inPartnership && (problem.key === 'not-found' || fields.includes('partnership'))) {
    return 'partnership';
  }
  return problem.key === 'validation-failed' ? 'too-short' : null;
}

/**
 * Search across the agendas, minutes, decisions and follow-up items of the user's partnerships.
 * The search lives in the address (`/soeg?q=tryghed&partnership=…&side=2`), so a search can be
 * linked and the back button returns to the previous one.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const { query, partnership, search, choosePartnership } = useSearchState();
  const [page, goToPage] = usePageParam();
  const results = useSearch(query, partnership, page - 1);
  const me = useMe();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  usePageTitle(query ? t('search.pageTitleWithQuery', { query }) : t('search.title'));

  const choices: PartnershipChoice[] = (me.data?.memberships ?? [])
    .map((membership) => ({ value: membership.partnershipId, label: membership.partnershipName }))
    .sort((a, b) => a.label.localeCompare(b.label, 'da'));
  // A linked search can name a partnership the user is not a member of (an administrator's).
  if (partnership && !choices.some((choice) => choice.value === partnership)) {
    choices.push({
      value: partnership,
      label: results.data?.items[0]?.partnershipName ?? t('search.chosenPartnership'),
    });
  }

  // The pager sits below the hits: a keyboard or screen reader user is taken to the top of them.
  const changePage = (next: number) => {
    goToPage(next);
    resultsHeading.current?.focus();
  };

  const announcement =
    query && results.isSuccess && !results.isPlaceholderData
      ? [
          t('search.count', { count: results.data.totalItems }),
          results.data.totalPages > 1
            ? t('search.pageOf', { page, total: results.data.totalPages })
            : '',
        ]
          .filter(Boolean)
          .join('. ')
      : '';

  return (
    <Stack gap="lg">
      <Title order={1}>{t('search.title')}</Title>
      <SearchForm
        query={query}
        partnership={partnership}
        partnershipChoices={choices}
        onSearch={search}
        onPartnershipChange={choosePartnership}
      />
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      {!query ? (
        <StartState />
      ) : (
        <Stack gap="md">
          <PagedList
            query={results}
            page={page}
            onPageChange={changePage}
            loading={t('search.loading')}
            error={(error) => (
              <SearchError
                error={error}
                inPartnership={partnership !== null}
                onRetry={() => void results.refetch()}
                onSearchAll={() => choosePartnership(null)}
              />
            )}
            empty={{
              title: t('search.noResultsTitle', { query }),
              message: t('search.noResultsTip'),
              action: partnership && (
                <Button variant="default" size="sm" onClick={() => choosePartnership(null)}>
                  {t('search.searchAll')}
                </Button>
              ),
            }}
            outOfRange={{
              title: t('search.pageOutOfRangeTitle'),
              message: t('search.pageOutOfRange'),
              firstPage: t('search.firstPage'),
            }}
          >
            {(data) => (
              <Hits
                results={data}
                query={query}
                busy={results.isPlaceholderData}
                headingRef={resultsHeading}
              />
            )}
          </PagedList>
        </Stack>
      )}
    </Stack>
  );
}

interface HitsProps {
  results: SearchResults;
  query: string;
  busy: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}

function Hits({ results, query, busy, headingRef }: HitsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} size="h4" ref={headingRef} tabIndex={-1}>
        {t('search.count', { count: results.totalItems })}
      </Title>
      <SearchHitList hits={results.items} terms={highlightTerms(query)} busy={busy} />
    </>
  );
}

function StartState() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text>{t('search.start')}</Text>
      <Text>{t('search.tip')}</Text>
    </Stack>
  );
}

interface SearchErrorProps {
  error: unknown;
  /** Whether the search was in one partnership, which the user may not (or no longer) see. */
  inPartnership: boolean;
  onRetry: () => void;
  onSearchAll: () => void;
}

function SearchError({ error, inPartnership, onRetry, onSearchAll }: SearchErrorProps) {
  const { t } = useTranslation();
  switch (refusal(error, inPartnership)) {
    case 'too-short':
      return (
        <Alert variant="outline" color="red.9" title={t('search.failedTitle')}>
          <Text size="sm">{t('search.tooShort')}</Text>
        </Alert>
      );
    case 'partnership':
      return (
        <Alert variant="outline" color="red.9" title={t('search.failedTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('search.partnershipUnavailable')}</Text>
            <Button variant="default" size="sm" onClick={onSearchAll}>
              {t('search.searchAll')}
            </Button>
          </Stack>
        </Alert>
      );
    default:
      return <ProblemAlert error={error} title={t('search.failedTitle')} onRetry={onRetry} />;
  }
}
