import {
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
import { NotRecorded } from '../../components/not-recorded';
import { PagedList } from '../../components/paged-list';
import { useDialog } from '../../lib/use-dialog';
import { usePageParam } from '../../lib/use-page-param';
import { usePageTitle } from '../../lib/use-page-title';
import { ActivationModal } from './activation-modal';
import { isOrganisationKind, ORGANISATION_KINDS } from './kinds';
import { OrganisationModal } from './organisation-modal';
import { useOrganisationFilters, type OrganisationFilters } from './use-organisation-filters';
import { useIsAdmin, useOrganisations } from './use-organisations';

const CAPTION_ID = 'organisations-caption';

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
  const form = useDialog<OrganisationView>();
  const activation = useDialog<OrganisationView>();
  const [announcement, setAnnouncement] = useState('');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('organisations.title')}</Title>
        {isAdmin && <Button onClick={() => form.open(null)}>{t('organisations.create')}</Button>}
      </Group>
      <Text>{t('organisations.intro')}</Text>
      <FilterForm filters={filters} onChange={setFilters} />
      <PagedList
        query={query}
        page={page}
        onPageChange={goToPage}
        loading={t('organisations.loading')}
        empty={
          isFiltered(filters)
            ? {
                title: t('organisations.emptyTitle'),
                message: t('organisations.noMatches'),
                action: (
                  <Button
                    variant="default"
                    size="sm"
                    onClick={() => setFilters({ text: '', kind: null, showDeactivated: false })}
                  >
                    {t('organisations.clearFilters')}
                  </Button>
                ),
              }
            : { title: t('organisations.emptyTitle'), message: t('organisations.empty') }
        }
        outOfRange={{
          message: t('organisations.pageOutOfRange'),
          firstPage: t('organisations.firstPage'),
        }}
      >
        {(data) => (
          <OrganisationResults
            data={data}
            isAdmin={isAdmin}
            onEdit={(organisation) => form.open(organisation)}
            onToggleActive={(organisation) => activation.open(organisation)}
          />
        )}
      </PagedList>
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      {isAdmin && (
        <>
          <OrganisationModal
            session={form.session}
            organisation={form.subject}
            opened={form.opened}
            onClose={() => form.close()}
            onSaved={(saved) => {
              form.close();
              setAnnouncement(
                t(form.subject ? 'organisations.saved' : 'organisations.created', {
                  name: saved.name,
                }),
              );
            }}
          />
          <ActivationModal
            organisation={activation.subject}
            opened={activation.opened}
            onClose={() => activation.close()}
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
  data: OrganisationPage;
  isAdmin: boolean;
  onEdit: (organisation: OrganisationView) => void;
  onToggleActive: (organisation: OrganisationView) => void;
}

function OrganisationResults({ data, isAdmin, onEdit, onToggleActive }: OrganisationResultsProps) {
  const { t } = useTranslation();
  const { items, totalItems } = data;

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
    </>
  );
}
