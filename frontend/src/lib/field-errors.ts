import { useTranslation } from 'react-i18next';
import { toProblemError } from './problem';

export type RejectionKind = 'personal-data' | 'invalid';

/**
 * The body fields an edit was rejected for, keyed by the field as the API names it (`name`,
 * `purposes[0]`): `personal-data` when it seems to hold a CPR number, `invalid` otherwise.
 */
export function rejectedBodyFields(error: unknown): Map<string, RejectionKind> {
  const fields = new Map<string, RejectionKind>();
  if (!error) return fields;
  const problem = toProblemError(error);
  if (problem.key !== 'validation-failed' && problem.key !== 'personal-data-rejected') {
    return fields;
  }
  const kind: RejectionKind =
    problem.key === 'personal-data-rejected' ? 'personal-data' : 'invalid';
  for (const violation of problem.problem?.violations ?? []) {
    if (violation.in === 'body') fields.set(violation.field, kind);
  }
  return fields;
}

/**
 * The server's verdict on each field of a form, in Danish: `errorFor(field, invalidMessage)` gives
 * the CPR warning for a field that seems to hold a CPR number, `invalidMessage` for a field the
 * server found invalid, and `undefined` for a field it accepted. The server's own (English) wording
 * is never shown.
 */
export function useServerFieldErrors(error: unknown) {
  const { t } = useTranslation();
  const rejected = rejectedBodyFields(error);
  const errorFor = (field: string, invalidMessage: string): string | undefined => {
    const kind = rejected.get(field);
    if (kind === 'personal-data') return t('form.personalData');
    return kind ? invalidMessage : undefined;
  };
  return { rejected, errorFor };
}
