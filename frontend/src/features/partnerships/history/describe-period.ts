import { useTranslation } from 'react-i18next';
import type { AuditEntryView, TermKind } from '../../../api/types';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { formatPeriod } from '../format';
import { recordOf } from './describe-entry';

/** The period entities of the audit trail, and the signed agreement of a term. */
export type PeriodEntity = 'TERM' | 'CHAIR_PERIOD' | 'AGREEMENT_DOCUMENT';

export function isPeriodEntity(entityType: string): entityType is PeriodEntity {
  return (
    entityType === 'TERM' || entityType === 'CHAIR_PERIOD' || entityType === 'AGREEMENT_DOCUMENT'
  );
}

const PERIOD_FIELDS = [
  'startDate',
  'endDate',
  'kind',
  'signedOn',
  'evaluationOutcome',
  'note',
  'agreementDocument',
  'filename',
  'sizeBytes',
  'uploadedAt',
  'uploadedBy',
] as const;
type PeriodField = (typeof PERIOD_FIELDS)[number];
const DATE_FIELDS: readonly string[] = ['startDate', 'endDate', 'signedOn'];
const TERM_KINDS: readonly string[] = ['INITIAL', 'RENEWAL'];

function isPeriodField(field: string): field is PeriodField {
  return (PERIOD_FIELDS as readonly string[]).includes(field);
}

/**
 * Words for the audit entries of terms, chair periods and signed agreements. The API sums a period
 * up with ISO dates ("2013-09-01 – 2015-12-31"); the entry's own values give them in Danish.
 */
export function usePeriodDescription() {
  const { t, i18n } = useTranslation();

  /** The period as the pages show it, from the entry's values; the API's summary otherwise. */
  const nameOf = (entry: AuditEntryView): string => {
    const record = recordOf(entry.after as unknown) ?? recordOf(entry.before as unknown);
    const start = record?.startDate;
    const end = record?.endDate;
    if (entry.entityType === 'AGREEMENT_DOCUMENT' || typeof start !== 'string') {
      return entry.summary;
    }
    if (typeof end !== 'string') return entry.summary;
    const period = formatPeriod(start, end, i18n.language);
    const organisation = recordOf(record?.organisation)?.name;
    return typeof organisation === 'string' ? `${organisation} ${period}` : period;
  };

  const sentence = (entity: PeriodEntity, entry: AuditEntryView): string => {
    const values = { actor: entry.actorName, name: nameOf(entry) };
    if (entity === 'TERM') return t(`terms.historySentence.${entry.action}`, values);
    if (entity === 'CHAIR_PERIOD') return t(`chairPeriods.historySentence.${entry.action}`, values);
    return t(`terms.documentHistorySentence.${entry.action}`, values);
  };

  const fieldName = (field: string): string | undefined =>
    isPeriodField(field) ? t(`terms.historyFields.${field}`) : undefined;

  /** A value of a period field as text; undefined for fields it does not know. */
  const value = (field: string, raw: unknown): string | undefined => {
    if (typeof raw === 'string' && DATE_FIELDS.includes(field)) {
      return formatDate(raw, i18n.language);
    }
    if (field === 'uploadedAt' && typeof raw === 'string') {
      return formatDateTime(raw, i18n.language);
    }
    if (field === 'kind' && typeof raw === 'string' && TERM_KINDS.includes(raw)) {
      return t(`termKind.${raw as TermKind}`);
    }
    const filename = recordOf(raw)?.filename;
    if (field === 'agreementDocument' && typeof filename === 'string') return filename;
    return undefined;
  };

  return { nameOf, sentence, fieldName, value };
}
