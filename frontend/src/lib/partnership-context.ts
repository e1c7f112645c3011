import { useOutletContext } from 'react-router';
import type { PartnershipView } from '../api/types';

/**
 * What the partnership page gives the pages under it (agreement, meetings, members, history,
 * edit).
 */
export interface PartnershipContext {
  partnership: PartnershipView;
  /** Whether the signed-in user may change the partnership. */
  canEdit: boolean;
  /** Fetches the partnership again; resolves to the newest version, if it could be read. */
  reload: () => Promise<PartnershipView | undefined>;
}

export function usePartnershipContext(): PartnershipContext {
  return useOutletContext<PartnershipContext>();
}
