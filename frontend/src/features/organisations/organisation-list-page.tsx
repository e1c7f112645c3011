import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationListQuery, OrganisationPage, OrganisationView } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { NotRecorded } from '../../components/not-recorded';
import { PageNavigation } from '../../components/page-navigation';
import { ProblemAlert } from '../../components/problem-alert';
import { usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { ActivationModal } from './activation-modal';
import { isOrganisationKind, ORGANISATION_KINDS } from './kinds';
import { OrganisationModal } from './organisation-modal';
import { useOrganisationFilters, type OrganisationFilters } from './use-organisation-filters';
import { useIsAdmin, useOrganisations } from './use-organisations';

const CAPTION_ID = 'organisations-caption';

interface Dialog {
  opened: boolean;
  organisation: OrganisationView | null;
  /** A new number for each opening, so the dialog starts from the organisation as it is then. */
  key: number;
}

const CLOSED: Dialog = { opened: false, organisation: null, key: 0 };

function listQuery(page: number, filters: OrganisationFilters): OrganisationListQuery {
  const text = filters.text.trim();
  return {
    page: page - 1,
    ...(text ? { q: text } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    // Without the flag the API lists both, which is what "show deactivated" means.
    ...(filters.showDeactivated ? {} : { active: true }),
  };
}

function isFiltered(filters: OrganisationFilters): boolean {
  return filters.text.trim() !== '' || filters.kind !== null || filters.showDeactivated;
}

/**
 * The organisations that can be parties to partnerships. Everyone reads them; admins create,
 * change, deactivate and reactivate them.
 */
export function OrganisationListPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.title'));
  const isAdmin = useIsAdmin();
  const [page, goToPage] = usePageParam();
  const [filters, setFilters] = useOrganisationFilters();
  const query = useOrganisations(listQuery(page, filters));
  const [form, setForm] = useState<Dialog>(CLOSED);
  const [activation, setActivation] = useState<Dialog>(CLOSED);
  const [announcement, setAnnouncement] = useState('');

  const open = (setDialog: typeof setForm, organisation: OrganisationView | null) =>
    setDialog((current) => ({ opened: true, organisation, key: current.key + 1 }));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('organisations.title')}</Title>
        {isAdmin && (
          <Button onClick={() => open(setForm, null)}>{t('organisations.create')}</Button>
        )}
      </Group>
      <Text>{t('organisations.intro')}</Text>
      <FilterForm filters={filters} onChange={setFilters} />
      {query.isPending ? (
        <LoadingState label={t('organisations.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <OrganisationResults
          page={page}
          data={query.data}
          filtered={isFiltered(filters)}
          isAdmin={isAdmin}
          onPageChange={goToPage}
          onClearFilters={() => setFilters({ text: '', kind: null, showDeactivated: false })}
          onEdit={(organisation) => open(setForm, organisation)}
          onToggleActive={(organisation) => open(setActivation, organisation)}
        />
      )}
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      {isAdmin && (
        <>
          <OrganisationModal
            session={form.key}
            organisation={form.organisation}
            opened={form.opened}
            onClose={() => setForm((current) => ({ ...current, opened: false }))}
            onSaved={(saved) => {
              setForm((current) => ({ ...current, opened: false }));
              setAnnouncement(
                t(form.organisation ? 'organisations.saved' : 'organisations.created', {
                  name: saved.name,
                }),
              );
            }}
          />
          <ActivationModal
            organisation={activation.organisation}
            opened={activation.opened}
            onClose={() => setActivation((current) => ({ ...current, opened: false }))}
            onChanged={(changed) =>
              setAnnouncement(
                t(changed.active ? 'organisations.reactivated' : 'organisations.deactivated', {
                  name: changed.name,
                }),
              )
            }
          />
        </>
      )}
    </Stack>
  );
}

interface FilterFormProps {
  filters: OrganisationFilters;
  onChange: (changes: Partial<OrganisationFilters>) => void;
}

/**
 * The name search applies when the user searches (Enter or the button), so the list does not jump
 * while they type; kind and the deactivated toggle apply at once, together with any typed text.
 */
function FilterForm({ filters, onChange }: FilterFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.text);
  const [shownText, setShownText] = useState(filters.text);
  // The back button changes the search in the address; the field follows it.
  if (filters.text !== shownText) {
    setShownText(filters.text);
    setText(filters.text);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ text });
  };

  return (
    <form role="search" aria-label={t('organisations.filterLabel')} onSubmit={submit}>
      <Group align="flex-end" gap="md">
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            type="search"
            label={t('organisations.search')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <Button type="submit" variant="default">
            {t('organisations.searchSubmit')}
          </Button>
        </Group>
        <NativeSelect
          label={t('organisations.kind')}
          value={filters.kind ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange({ text, kind: isOrganisationKind(value) ? value : null });
          }}
          data={[
            { value: '', label: t('organisations.allKinds') },
            ...ORGANISATION_KINDS.map((value) => ({
              value,
              label: t(`organisationKind.${value}`),
            })),
          ]}
        />
        <Switch
          label={t('organisations.showDeactivated')}
          checked={filters.showDeactivated}
          onChange={(event) => onChange({ text, showDeactivated: event.currentTarget.checked })}
          mb={8}
        />
      </Group>
    </form>
  );
}

interface OrganisationResultsProps {
  page: number;
  data: OrganisationPage;
  filtered: boolean;
  isAdmin: boolean;
  onPageChange: (page: number) => void;
  onClearFilters: () => void;
  onEdit: (organisation: OrganisationView) => void;
  onToggleActive: (organisation: OrganisationView) => void;
}

function OrganisationResults({
  page,
  data,
  filtered,
  isAdmin,
  onPageChange,
  onClearFilters,
  onEdit,
  onToggleActive,
}: OrganisationResultsProps) {
  const { t } = useTranslation();
  const { items, totalItems, totalPages } = data;

  if (items.length === 0) {
    if (page > 1 && totalItems > 0) {
      return (
        <EmptyState
          title={t('organisations.emptyTitle')}
          message={t('organisations.pageOutOfRange')}
        >
          <Anchor component="button" type="button" onClick={() => onPageChange(1)}>
            {t('organisations.firstPage')}
          </Anchor>
        </EmptyState>
      );
    }
    return filtered ? (
      <EmptyState title={t('organisations.emptyTitle')} message={t('organisations.noMatches')}>
        <Button variant="default" size="sm" onClick={onClearFilters}>
          {t('organisations.clearFilters')}
        </Button>
      </EmptyState>
    ) : (
      <EmptyState title={t('organisations.emptyTitle')} message={t('organisations.empty')} />
    );
  }

  return (
    <>
      <Text>{t('organisations.count', { count: totalItems })}</Text>
      <Table.ScrollContainer
        minWidth={560}
        type="native"
        tabIndex={0}
        role="group"
        aria-labelledby={CAPTION_ID}
      >
        <Table striped withTableBorder verticalSpacing="sm" captionSide="top">
          <Table.Caption id={CAPTION_ID}>{t('organisations.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('organisations.name')}</Table.Th>
              <Table.Th scope="col">{t('organisations.kind')}</Table.Th>
              <Table.Th scope="col">{t('organisations.cvr')}</Table.Th>
              {isAdmin && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('organisations.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((organisation) => (
              <Table.Tr key={organisation.id}>
                <Table.Th scope="row" fw={500}>
                  <Group gap="xs">
                    <span>{organisation.name}</span>
                    {!organisation.active && (
                      <Badge variant="filled" color="gray.7" radius="sm">
                        {t('organisations.inactive')}
                      </Badge>
                    )}
                  </Group>
                </Table.Th>
                <Table.Td>{t(`organisationKind.${organisation.kind}`)}</Table.Td>
                <Table.Td>{organisation.cvr ?? <NotRecorded />}</Table.Td>
                {isAdmin && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('organisations.editLabel', { name: organisation.name })}
                        onClick={() => onEdit(organisation)}
                      >
                        {t('organisations.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t(
                          organisation.active
                            ? 'organisations.deactivateLabel'
                            : 'organisations.reactivateLabel',
                          { name: organisation.name },
                        )}
                        onClick={() => onToggleActive(organisation)}
                      >
                        {t(
                          organisation.active
                            ? 'organisations.deactivate'
                            : 'organisations.reactivate',
                        )}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PageNavigation page={page} totalPages={totalPages} onChange={onPageChange} />
    </>
  );
}
