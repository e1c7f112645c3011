import type { ReportingDue } from './types';

export interface PartnershipReporting {
  partnershipId: string;
  partnershipName: string;
  items: ReportingDue[];
}

/** The due indicators per partnership, partnerships by name, indicators in the API's order. */
export function groupByPartnership(
  items: readonly ReportingDue[],
  language: string,
): PartnershipReporting[] {
  const groups = new Map<string, PartnershipReporting>();
  for (const item of items) {
    const group = groups.get(item.partnershipId) ?? {
      partnershipId: item.partnershipId,
      partnershipName: item.partnershipName,
      items: [],
    };
    group.items.push(item);
    groups.set(item.partnershipId, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.partnershipName.localeCompare(b.partnershipName, language),
  );
}
