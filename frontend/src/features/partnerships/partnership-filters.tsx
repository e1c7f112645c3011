import { Box, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAllOrganisations } from '../../lib/lookups';
import type { PartnershipFilters } from './use-partnership-filters';

/** The value of the select's "any organisation" choice; the URL then holds no organisation. */
const ANY = '';

interface PartnershipFilterFormProps {
  filters: PartnershipFilters;
  onChange: (changes: Partial<PartnershipFilters>) => void;
}

/**
 * Filters for the list of partnerships; each applies as soon as it is chosen. Deactivated
 * organisations are offered too: the partnerships they were parties to are still worth finding.
 */
export function PartnershipFilterForm({ filters, onChange }: PartnershipFilterFormProps) {
  const { t } = useTranslation();
  const organisations = useAllOrganisations({ includeInactive: true });
  const choices = [
    { value: ANY, label: t('partnerships.allOrganisations') },
    ...(organisations.data ?? []).map((organisation) => ({
      value: organisation.id,
      label: organisation.active
        ? organisation.name
        : t('partnerships.inactiveOrganisation', { name: organisation.name }),
    })),
  ];

  return (
    <Box
      component="form"
      role="search"
      aria-label={t('partnerships.filterLabel')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Group align="flex-end" gap="md">
        <Select
          label={t('partnerships.organisationFilter')}
          description={t('partnerships.organisationFilterHelp')}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('partnerships.noOrganisationMatches')}
          data={choices}
          value={filters.organisation ?? ANY}
          onChange={(value) => onChange({ organisation: value || null })}
          error={organisations.isError ? t('partnerships.organisationsFailed') : undefined}
          w={{ base: '100%', sm: 360 }}
        />
      </Group>
    </Box>
  );
}
