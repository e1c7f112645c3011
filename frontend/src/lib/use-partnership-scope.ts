import { useMe } from './use-me';

/** Realm roles that read every partnership rather than only the user's own, as the API decides. */
const ROLES_THAT_SEE_ALL = ['admin', 'integration'];

/** Whether the user sees all partnerships or only those they are a member of. */
export type PartnershipScope = 'all' | 'mine';

/**
 * The user's partnership scope, from their realm roles in `/me`; `undefined` while `/me` loads.
 * When `/me` fails the user is shown as seeing their own, which is what most users do.
 */
export function usePartnershipScope(): PartnershipScope | undefined {
  const me = useMe();
  if (me.data) {
    return me.data.roles.some((role) => ROLES_THAT_SEE_ALL.includes(role)) ? 'all' : 'mine';
  }
  return me.isError ? 'mine' : undefined;
}
