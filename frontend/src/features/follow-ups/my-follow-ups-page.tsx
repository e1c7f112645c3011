import { Anchor, SegmentedControl, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { FollowUpStatus, FollowUpView } from '../../api/types';
import { paths } from '../../app/paths';
import { PagedList } from '../../components/paged-list';
import { useMe } from '../../lib/use-me';
import { PAGE_PARAM, usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { FollowUpList } from './follow-up-list';
import { useMyFollowUps } from './use-follow-ups';

/** The URL parameter that shows the done items instead of the open ones (`?vis=udfoerte`). */
const SHOW_PARAM = 'vis';
const DONE = 'udfoerte';
const LIST_ID = 'my-follow-ups';

function useStatusParam(): [FollowUpStatus, (status: FollowUpStatus) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const status: FollowUpStatus = searchParams.get(SHOW_PARAM) === DONE ? 'DONE' : 'OPEN';
  const choose = (next: FollowUpStatus) =>
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (next === 'DONE') params.set(SHOW_PARAM, DONE);
      else params.delete(SHOW_PARAM);
      // The other list has pages of its own.
      params.delete(PAGE_PARAM);
      return params;
    });
  return [status, choose];
}

/**
 * The follow-up items the user, or their organisation, is responsible for across their
 * partnerships: open ones first (earliest due date first, overdue said in words), done ones on
 * request. Each is marked done with a note, or reopened.
 */
export function MyFollowUpsPage() {
  const { t } = useTranslation();
  usePageTitle(t('followUps.mine.title'));
  const [status, chooseStatus] = useStatusParam();
  const [page, goToPage] = usePageParam();
  const query = useMyFollowUps(status, page - 1);
  const me = useMe();
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const names = new Map(
    (me.data?.memberships ?? []).map((membership) => [
      membership.partnershipId,
      membership.partnershipName,
    ]),
  );
  const listLabel = t(
    status === 'DONE' ? 'followUps.mine.doneHeading' : 'followUps.mine.openHeading',
  );

  const reloadItem = async (id: string) =>
    (await query.refetch()).data?.items.find((item) => item.id === id);

  // The changed item leaves this list, and its button with it: the focus goes to the heading.
  const changed = (message: string) => {
    setAnnouncement(message);
    heading.current?.focus();
  };

  return (
    <Stack gap="lg">
      <Title order={1} ref={heading} tabIndex={-1}>
        {t('followUps.mine.title')}
      </Title>
      <Text>{t('followUps.mine.intro')}</Text>
      <SegmentedControl
        aria-label={t('followUps.mine.show')}
        aria-controls={LIST_ID}
        value={status}
        onChange={(value) => chooseStatus(value as FollowUpStatus)}
        data={[
          { value: 'OPEN', label: t('followUps.mine.open') },
          { value: 'DONE', label: t('followUps.mine.done') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      <Stack id={LIST_ID} gap="md">
        <PagedList
          query={query}
          page={page}
          onPageChange={goToPage}
          loading={t('followUps.loading')}
          empty={{
            title: t('followUps.emptyTitle'),
            message: t(status === 'DONE' ? 'followUps.mine.doneEmpty' : 'followUps.mine.openEmpty'),
            action: status === 'OPEN' && (
              <Anchor component={Link} to={paths.partnerships()}>
                {t('followUps.mine.toPartnerships')}
              </Anchor>
            ),
          }}
          outOfRange={{
            message: t('followUps.pageOutOfRange'),
            firstPage: t('followUps.firstPage'),
          }}
        >
          {(data) => (
            <>
              <Text>
                {t(status === 'DONE' ? 'followUps.countDone' : 'followUps.countOpen', {
                  count: data.totalItems,
                })}
              </Text>
              <FollowUpList
                items={data.items}
                label={listLabel}
                headingOrder={2}
                partnershipName={(item: FollowUpView) => names.get(item.partnershipId)}
                canChange={() => true}
                reloadItem={reloadItem}
                onChanged={changed}
              />
            </>
          )}
        </PagedList>
      </Stack>
    </Stack>
  );
}
