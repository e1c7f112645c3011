import { Box, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpView, PartnershipView } from '../../api/types';
import { PagedList } from '../../components/paged-list';
import { ProblemAlert } from '../../components/problem-alert';
import { useMe } from '../../lib/use-me';
import { FollowUpList } from './follow-up-list';
import { usePartnershipFollowUps } from './use-follow-ups';

const HEADING_ID = 'partnership-follow-ups-heading';
const PAGE_SIZE = 10;

interface PartnershipFollowUpsProps {
  partnership: PartnershipView;
  /** Whether the user is the partnership's chair, secretariat or an administrator. */
  canEdit: boolean;
}

/**
 * The partnership's open follow-up items, earliest due date first, so a meeting can be planned
 * with what is still outstanding in view.
 */
export function PartnershipFollowUps({ partnership, canEdit }: PartnershipFollowUpsProps) {
  const { t } = useTranslation();
  // Paged on its own, apart from the meetings list whose page is in the address.
  const [page, setPage] = useState(1);
  const query = usePartnershipFollowUps(partnership.id, 'OPEN', page - 1, PAGE_SIZE);
  const me = useMe().data;
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  // The API lets the responsible person, the responsible organisation's people and the stewards
  // change an item; the UI only follows.
  const canChange = (item: FollowUpView) =>
    canEdit ||
    (me !== undefined &&
      (item.responsiblePerson?.id === me.id ||
        (me.organisation !== null && item.responsibleOrganisation?.name === me.organisation)));

  const reloadItem = async (id: string) =>
    (await query.refetch()).data?.items.find((item) => item.id === id);

  return (
    <Box component="section" aria-labelledby={HEADING_ID}>
      <Title order={2} id={HEADING_ID} ref={heading} tabIndex={-1} mb="sm">
        {t('followUps.partnership.title')}
      </Title>
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      <Stack gap="md">
        <PagedList
          query={query}
          page={page}
          onPageChange={setPage}
          loading={t('followUps.loading')}
          error={(error) => (
            <ProblemAlert
              error={error}
              title={t('followUps.partnership.loadFailed')}
              onRetry={() => void query.refetch()}
            />
          )}
          empty={{
            title: t('followUps.emptyTitle'),
            message: t('followUps.partnership.empty'),
            inline: true,
          }}
          outOfRange={{
            message: t('followUps.pageOutOfRange'),
            firstPage: t('followUps.firstPage'),
          }}
          headingOrder={3}
          navigationLabel={t('followUps.partnership.pages')}
        >
          {(data) => (
            <>
              <Text>{t('followUps.countOpen', { count: data.totalItems })}</Text>
              <FollowUpList
                items={data.items}
                label={t('followUps.partnership.title')}
                headingOrder={3}
                canChange={canChange}
                reloadItem={reloadItem}
                onChanged={(message) => {
                  setAnnouncement(message);
                  heading.current?.focus();
                }}
              />
            </>
          )}
        </PagedList>
      </Stack>
    </Box>
  );
}
