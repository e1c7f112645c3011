/** Where a partnership's working groups are listed. */
export function workingGroupsPath(partnershipId: string): string {
  return `/partnerskaber/${encodeURIComponent(partnershipId)}/arbejdsgrupper`;
}

/** Where one working group of a partnership is shown. */
export function workingGroupPath(partnershipId: string, workingGroupId: string): string {
  return `${workingGroupsPath(partnershipId)}/${encodeURIComponent(workingGroupId)}`;
}
