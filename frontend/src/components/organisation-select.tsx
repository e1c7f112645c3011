import { NativeSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import type { OrganisationRef } from '../api/types';
import {
  organisationChoices,
  type KeptOrganisations,
  type OfferedOrganisations,
} from '../lib/choices';
import { useAllOrganisations } from '../lib/lookups';
import { LoadingState } from './loading-state';
import { ProblemAlert } from './problem-alert';

interface OrganisationSelectProps {
  label: string;
  description?: string;
  /** The chosen organisation's id; empty for none. */
  value: string;
  onChange: (organisationId: string) => void;
  error?: ReactNode;
  required?: boolean;
  autoFocus?: boolean;
  /** The partnership's parties, offered first. */
  parties: readonly OrganisationRef[];
  /** The organisation the item has now, kept choosable even if it is no longer active. */
  current: OrganisationRef | null | undefined;
  /** Which organisations no longer active are still offered. */
  keep?: KeptOrganisations;
  /** Every active organisation, or only the partnership's active parties. */
  offer?: OfferedOrganisations;
  labels: {
    /** The choice of none (or the prompt to choose, where one is required). */
    none: string;
    parties: string;
    others: string;
    loading: string;
    failed: string;
  };
}

/**
 * The choice of an organisation for a form (an owner, a lead, the one responsible, a chair): the
 * partnership's parties first, then every other active organisation, read while the form opens.
 */
export function OrganisationSelect({
  label,
  description,
  value,
  onChange,
  error,
  required,
  autoFocus,
  parties,
  current,
  keep,
  offer,
  labels,
}: OrganisationSelectProps) {
  const organisations = useAllOrganisations();
  if (organisations.isPending) return <LoadingState label={labels.loading} />;
  if (organisations.isError) {
    return (
      <ProblemAlert
        error={organisations.error}
        title={labels.failed}
        onRetry={() => void organisations.refetch()}
      />
    );
  }
  return (
    <NativeSelect
      label={label}
      description={description}
      required={required}
      data-autofocus={autoFocus || undefined}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={organisationChoices(parties, organisations.data, current, labels, keep, offer)}
      error={error}
    />
  );
}
