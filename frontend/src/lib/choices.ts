import type { ComboboxStringGroupData } from '@mantine/core';
import type { FocusAreaView, OrganisationRef } from '../api/types';

/**
 * Which organisations no longer active a choice still offers: `current`, only the one already
 * chosen (put first, where it is easy to find); `parties`, the partnership's parties too, as they
 * usually lead or answer for the work.
 */
export type KeptOrganisations = 'current' | 'parties';

/**
 * Which organisations are offered: `all` active ones, or only the partnership's active `parties`
 * (what is owned, led or answered for in a partnership must be one of its parties; the API refuses
 * any other). The one already chosen is always kept, so the form shows it and its error.
 */
export type OfferedOrganisations = 'all' | 'parties';

/**
 * The organisations to choose among: the partnership's parties first, then every other active
 * organisation, and those no longer active that `keep` says.
 */
export function organisationChoices(
  parties: readonly OrganisationRef[],
  active: readonly OrganisationRef[],
  current: OrganisationRef | null | undefined,
  labels: { none: string; parties: string; others: string },
  keep: KeptOrganisations = 'parties',
  offer: OfferedOrganisations = 'all',
): ComboboxStringGroupData {
  const known = new Set(active.map((organisation) => organisation.id));
  const option = (organisation: OrganisationRef) => ({
    value: organisation.id,
    label: organisation.name,
  });
  if (offer === 'parties') {
    const activeParties = parties.filter((organisation) => known.has(organisation.id));
    const offered =
      current && !activeParties.some((organisation) => organisation.id === current.id)
        ? [current, ...activeParties]
        : activeParties;
    return [
      { value: '', label: labels.none },
      ...(offered.length > 0 ? [{ group: labels.parties, items: offered.map(option) }] : []),
    ];
  }
  const candidates = [...(keep === 'parties' ? parties : []), ...(current ? [current] : [])];
  const extra = candidates.filter(
    (organisation, index, all) =>
      !known.has(organisation.id) && all.findIndex((o) => o.id === organisation.id) === index,
  );
  const all = keep === 'parties' ? [...active, ...extra] : [...extra, ...active];
  const partyIds = new Set(parties.map((organisation) => organisation.id));
  const partyOptions = all.filter((o) => partyIds.has(o.id)).map(option);
  const otherOptions = all.filter((o) => !partyIds.has(o.id)).map(option);
  return [
    { value: '', label: labels.none },
    ...(partyOptions.length > 0 ? [{ group: labels.parties, items: partyOptions }] : []),
    ...(otherOptions.length > 0 ? [{ group: labels.others, items: otherOptions }] : []),
  ];
}

/**
 * The focus areas to choose among, by number. Retired ones are not offered for new work, but what
 * already has one keeps it.
 */
export function focusAreaChoices(
  focusAreas: readonly FocusAreaView[],
  currentId: string,
  labels: {
    none: string;
    name: (area: FocusAreaView) => string;
    retired: (name: string) => string;
  },
) {
  const areas = focusAreas
    .filter((area) => !area.retired || area.id === currentId)
    .map((area) => ({
      value: area.id,
      label: area.retired ? labels.retired(labels.name(area)) : labels.name(area),
    }));
  return [{ value: '', label: labels.none }, ...areas];
}
