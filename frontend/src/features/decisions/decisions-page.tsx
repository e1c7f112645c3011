import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { PagedList } from '../../components/paged-list';
import { PlainText } from '../../components/plain-text';
import { formatDayOf } from '../../lib/dates';
import { useDialog } from '../../lib/use-dialog';
import { PAGE_PARAM, usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { usePartnershipContext } from '../../lib/partnership-context';
import { useDecisions } from './use-decisions';

/** The URL parameter with the searched text (`?soeg=arbejdsgruppe`), so a search can be linked. */
const SEARCH_PARAM = 'soeg';
const CAPTION_ID = 'decisions-caption';
/** The most the API searches for. */
const MAX_SEARCH = 200;

function useSearchText(): [string, (text: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = (text: string) =>
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      // A new search has pages of its own.
      params.delete(PAGE_PARAM);
      if (text.trim()) params.set(SEARCH_PARAM, text.trim());
      else params.delete(SEARCH_PARAM);
      return params;
    });
  return [searchParams.get(SEARCH_PARAM) ?? '', search];
}

/** The decision a working group is set up from. */
export interface SourceDecision {
  id: string;
  text: string;
  meetingTitle: string;
}

/** The form that sets up a working group from a decision, as the decisions page opens it. */
export interface GroupFromDecision {
  /** A new number for each opening, so the form starts afresh. */
  session: number;
  decision: SourceDecision | null;
  opened: boolean;
  onClose: () => void;
}

interface DecisionsPageProps {
  /** The working groups feature's form; the route puts it here. */
  groupForm?: (dialog: GroupFromDecision) => ReactNode;
}

/**
 * The partnership's decisions register: every decision recorded in its meetings' minutes, newest
 * meeting first, each with the meeting and agenda item it was made under. Searchable by text.
 * Editors set up a working group from a decision here.
 */
export function DecisionsPage({ groupForm }: DecisionsPageProps) {
  const { t, i18n } = useTranslation();
  const { partnership, canEdit } = usePartnershipContext();
  usePageTitle(t('decisions.pageTitle', { name: partnership.name }));
  const groupDialog = useDialog<SourceDecision>();
  const [text, search] = useSearchText();
  const [page, goToPage] = usePageParam();
  const query = useDecisions(partnership.id, text, page - 1);

  return (
    <Stack gap="lg">
      <Title order={2}>{t('decisions.title')}</Title>
      <Text>{t('decisions.intro')}</Text>
      <SearchForm text={text} onSearch={search} />
      <PagedList
        query={query}
        page={page}
        onPageChange={goToPage}
        loading={t('decisions.loading')}
        empty={
          text
            ? {
                title: t('decisions.emptyTitle'),
                message: t('decisions.noMatches', { text }),
                action: (
                  <Button variant="default" size="sm" onClick={() => search('')}>
                    {t('decisions.clearSearch')}
                  </Button>
                ),
              }
            : { title: t('decisions.emptyTitle'), message: t('decisions.empty') }
        }
        outOfRange={{ message: t('decisions.pageOutOfRange'), firstPage: t('decisions.firstPage') }}
        headingOrder={3}
      >
        {(data) => (
          <>
            <Text role="status">
              {text
                ? t('decisions.countMatching', { count: data.totalItems, text })
                : t('decisions.count', { count: data.totalItems })}
            </Text>
            <Table.ScrollContainer
              minWidth={canEdit ? 800 : 640}
              type="native"
              tabIndex={0}
              role="group"
              aria-labelledby={CAPTION_ID}
            >
              <Table striped withTableBorder verticalSpacing="sm" captionSide="top">
                <Table.Caption id={CAPTION_ID}>{t('decisions.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('decisions.meeting')}</Table.Th>
                    <Table.Th scope="col">{t('decisions.item')}</Table.Th>
                    <Table.Th scope="col">{t('decisions.decision')}</Table.Th>
                    {canEdit && <Table.Th scope="col">{t('decisions.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((entry) => (
                    <Table.Tr key={entry.id}>
                      <Table.Td>
                        <Stack gap={2}>
                          <Anchor
                            component={Link}
                            to={paths.meeting(partnership.id, entry.meetingId)}
                          >
                            {entry.meetingTitle}
                          </Anchor>
                          <Text size="sm">
                            <time dateTime={entry.meetingStartsAt}>
                              {formatDayOf(entry.meetingStartsAt, i18n.language)}
                            </time>
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {entry.agendaItemTitle}
                      </Table.Td>
                      <Table.Td>
                        <PlainText>{entry.text}</PlainText>
                      </Table.Td>
                      {canEdit && (
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('decisions.createGroupLabel', { text: entry.text })}
                            onClick={() =>
                              groupDialog.open({
                                id: entry.id,
                                text: entry.text,
                                meetingTitle: entry.meetingTitle,
                              })
                            }
                          >
                            {t('decisions.createGroup')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </PagedList>
      {canEdit &&
        groupForm?.({
          session: groupDialog.session,
          decision: groupDialog.subject,
          opened: groupDialog.opened,
          onClose: groupDialog.close,
        })}
    </Stack>
  );
}

/** The search applies when the user searches (Enter or the button), not while they type. */
function SearchForm({ text, onSearch }: { text: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(text);
  const [shown, setShown] = useState(text);
  // The back button changes the search in the address; the field follows it.
  if (text !== shown) {
    setShown(text);
    setValue(text);
  }
  const tooLong = value.trim().length > MAX_SEARCH;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooLong) return;
    onSearch(value);
  };

  return (
    <form role="search" aria-label={t('decisions.searchLabel')} onSubmit={submit}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          type="search"
          label={t('decisions.search')}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={tooLong ? t('form.tooLong', { max: MAX_SEARCH }) : undefined}
          style={{ flex: 1, maxWidth: '28rem' }}
        />
        <Button type="submit" variant="default">
          {t('decisions.searchSubmit')}
        </Button>
      </Group>
    </form>
  );
}
