/** Where one indicator of a partnership is shown, and its values are entered. */
export function indicatorPath(partnershipId: string, indicatorId: string): string {
  return `/partnerskaber/${encodeURIComponent(partnershipId)}/indikatorer/${encodeURIComponent(indicatorId)}`;
}
