import { toProblemError } from '../../lib/problem';

/**
 * Whether the API held back a value as far above the area's recent ones (409
 * `confirmation-required`): it is stored when sent again with `confirmed: true`. The key is not
 * one the app knows in general, so it is read from the problem's type here.
 */
export function needsConfirmation(error: unknown): boolean {
  if (!error) return false;
  const problem = toProblemError(error);
  const type = problem.problem?.type ?? '';
  return problem.status === 409 && /\/confirmation-required\/?$/.test(type.split(/[?#]/)[0]);
}
