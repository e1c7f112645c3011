import { toProblemError } from '../../lib/problem';

/**
 * Whether the API held back a value as far above the area's recent ones (409
 * `confirmation-required`): it is stored when sent again with `confirmed: true`.
 */
export function needsConfirmation(error: unknown): boolean {
  return Boolean(error) && toProblemError(error).key === 'confirmation-required';
}
