import type { MemberRole } from '../../api/types';
import { useMe } from '../../lib/use-me';

const EDITOR_ROLES: readonly MemberRole[] = ['CHAIR', 'SECRETARIAT'];

/**
 * Whether someone with this role in the partnership, and these realm roles, may change it: its
 * chair and secretariat, and administrators. The API decides; this only shapes the UI.
 */
export function canEditPartnership(myRole: MemberRole | null, realmRoles: string[]): boolean {
  return (myRole !== null && EDITOR_ROLES.includes(myRole)) || realmRoles.includes('admin');
}

/** Whether the signed-in user may change a partnership in which they have `myRole`. */
export function useCanEdit(myRole: MemberRole | null | undefined): boolean {
  const me = useMe();
  return canEditPartnership(myRole ?? null, me.data?.roles ?? []);
}
