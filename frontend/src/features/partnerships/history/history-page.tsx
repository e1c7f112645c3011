import { Alert, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/paged-list';
import { usePageParam } from '../../../lib/use-page-param';
import { usePageTitle } from '../../../lib/use-page-title';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { isRestorable, newestPerEntity } from './describe-entry';
import { HistoryEntry } from './history-entry';
import { useHistory } from './use-history';

const HEADING_ID = 'history-heading';

/** Every change to the partnership, newest first; editors restore what was deleted or removed. */
export function HistoryPage() {
  const { t } = useTranslation();
  const { partnership, canEdit } = usePartnershipContext();
  usePageTitle(t('history.pageTitle', { name: partnership.name }));
  const [page, goToPage] = usePageParam();
  const query = useHistory(partnership.id, page - 1);
  const [restored, setRestored] = useState<string | null>(null);
  const restoredNote = useRef<HTMLDivElement>(null);

  // The restored entry's button is gone once the history is read again; keep the focus nearby.
  useEffect(() => {
    if (restored) restoredNote.current?.focus();
  }, [restored]);

  const items = query.data?.items ?? [];
  const newest = newestPerEntity(items);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2} id={HEADING_ID}>
          {t('history.title')}
        </Title>
        <Text>{t('history.intro')}</Text>
      </Stack>
      {restored && (
        <Alert ref={restoredNote} tabIndex={-1} role="status" variant="outline" color="teal.9">
          {t('history.restored', { name: restored })}
        </Alert>
      )}
      <PagedList
        query={query}
        page={page}
        onPageChange={goToPage}
        loading={t('history.loading')}
        empty={{ title: t('history.emptyTitle'), message: t('history.empty') }}
        outOfRange={{
          message: t('history.pageOutOfRange'),
          firstPage: t('history.firstPage'),
          firstPageHref: '.',
        }}
        headingOrder={3}
      >
        {() => (
          <Stack
            component="ol"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-labelledby={HEADING_ID}
          >
            {items.map((entry) => (
              <HistoryEntry
                key={entry.id}
                partnership={partnership}
                entry={entry}
                canRestore={canEdit && isRestorable(entry) && newest.has(entry.id)}
                onRestored={setRestored}
              />
            ))}
          </Stack>
        )}
      </PagedList>
    </Stack>
  );
}
