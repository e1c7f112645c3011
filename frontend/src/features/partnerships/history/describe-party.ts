import { useTranslation } from 'react-i18next';
import type { AuditEntryView, PartnershipView } from '../../../api/types';
import { toProblemError } from '../../../lib/problem';
import { formatPeriod } from '../format';
import { recordOf, signatoryPartyId } from './describe-entry';

/** The parties to the agreement and their signatories, as the audit trail names them. */
export type PartyEntity = 'PARTY' | 'SIGNATORY';

export function isPartyEntity(entityType: string): entityType is PartyEntity {
  return entityType === 'PARTY' || entityType === 'SIGNATORY';
}

const PARTY_FIELDS = ['signatories', 'termId'] as const;
type PartyField = (typeof PARTY_FIELDS)[number];

function isPartyField(field: string): field is PartyField {
  return (PARTY_FIELDS as readonly string[]).includes(field);
}

/** The organisation a party entry is about, from the party it recorded. */
function organisationIdOf(entry: AuditEntryView): string | undefined {
  const record = recordOf(entry.before as unknown) ?? recordOf(entry.after as unknown);
  const id = recordOf(record?.organisation)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Why a party or signatory could not be restored, when the partnership as it is now tells more
 * than the API's not-found: the organisation has been made a party again, or the signatory's party
 * has been removed since.
 */
export function partyRestoreFailure(
  error: unknown,
  entry: AuditEntryView,
  partnership: PartnershipView,
) {
  if (toProblemError(error).key !== 'not-found') return undefined;
  if (entry.entityType === 'PARTY') {
    const organisationId = organisationIdOf(entry);
    const isPartyAgain = partnership.parties.some(
      (party) => party.organisation.id === organisationId,
    );
    return isPartyAgain ? ('parties.restorePartyAgain' as const) : undefined;
  }
  const partyId = signatoryPartyId(entry);
  const partyIsThere = partnership.parties.some((party) => party.id === partyId);
  return partyIsThere ? undefined : ('parties.restoreSignatoryPartyGone' as const);
}

/**
 * Words for the audit entries of parties and signatories. The API sums a signatory up with only
 * their name; the partnership tells which party they signed for and which term a term id is.
 */
export function usePartyDescription(partnership: PartnershipView) {
  const { t, i18n } = useTranslation();

  /** The organisation for a party, the person for a signatory; the API's summary otherwise. */
  const nameOf = (entry: AuditEntryView): string => {
    const record = recordOf(entry.after as unknown) ?? recordOf(entry.before as unknown);
    const organisation = recordOf(record?.organisation)?.name;
    if (entry.entityType === 'PARTY' && typeof organisation === 'string') return organisation;
    return entry.summary;
  };

  const sentence = (entity: PartyEntity, entry: AuditEntryView): string => {
    const values = { actor: entry.actorName, name: nameOf(entry) };
    if (entity === 'PARTY') return t(`parties.historySentence.${entry.action}`, values);
    const partyId = signatoryPartyId(entry);
    const party = partnership.parties.find((candidate) => candidate.id === partyId);
    // A removed party is no longer on the partnership; the sentence then leaves it out.
    return party
      ? t(`parties.signatoryHistorySentenceFor.${entry.action}`, {
          ...values,
          organisation: party.organisation.name,
        })
      : t(`parties.signatoryHistorySentence.${entry.action}`, values);
  };

  const fieldName = (field: string): string | undefined =>
    isPartyField(field) ? t(`parties.historyFields.${field}`) : undefined;

  const signatoryText = (value: unknown): string => {
    const record = recordOf(value);
    if (!record || typeof record.name !== 'string') return JSON.stringify(value);
    return typeof record.title === 'string' ? `${record.name}, ${record.title}` : record.name;
  };

  /** A value of a party field as text; undefined for fields it does not know. */
  const value = (field: string, raw: unknown): string | undefined => {
    if (field === 'termId' && typeof raw === 'string') {
      const term = partnership.terms.find((candidate) => candidate.id === raw);
      return term
        ? formatPeriod(term.startDate, term.endDate, i18n.language)
        : t('parties.historyUnknownTerm');
    }
    if (field === 'signatories' && Array.isArray(raw) && raw.length > 0) {
      return raw.map(signatoryText).join('\n');
    }
    return undefined;
  };

  return { nameOf, sentence, fieldName, value };
}
