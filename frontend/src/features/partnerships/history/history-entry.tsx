import { Alert, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView, PartnershipStatus, PartnershipView } from '../../../api/types';
import { PlainText } from '../../../components/plain-text';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/dates';
import { toProblemError } from '../../../lib/problem';
import { useRestoreFocusArea } from '../focus-areas/use-focus-area-mutations';
import { useRestoreChairPeriod } from '../chair-periods/use-chair-period-mutations';
import { useRestoreMember } from '../members/use-members';
import { useRestoreParty, useRestoreSignatory } from '../parties/use-party-mutations';
import { ScrollableTable } from '../partnership-sections';
import { useRestoreTerm } from '../terms/use-term-mutations';
import {
  changesOf,
  entityKind,
  sentenceOf,
  signatoryPartyId,
  type FieldChange,
} from './describe-entry';
import { isPartyEntity, partyRestoreFailure, usePartyDescription } from './describe-party';
import { fieldLabel, summaryText, valueText, type Words } from './describe-value';
import { isPeriodEntity, usePeriodDescription } from './describe-period';

const STATUSES: readonly string[] = ['DRAFT', 'ACTIVE', 'UNDER_EVALUATION', 'RENEWED', 'ENDED'];

function useDescribe(partnership: PartnershipView) {
  const { t, i18n } = useTranslation();
  // The field and code names come from the API, so their keys are only known at run time.
  const words: Words = {
    t: (key, options) => i18n.t(key as never, options as never) as unknown as string,
    exists: (key) => i18n.exists(key),
    language: i18n.language,
  };
  const period = usePeriodDescription();
  const party = usePartyDescription(partnership);

  const statusName = (value: unknown) =>
    typeof value === 'string' && STATUSES.includes(value)
      ? t(`status.${value as PartnershipStatus}`)
      : String(value);

  const sentence = (entry: AuditEntryView): string => {
    if (isPeriodEntity(entry.entityType)) return period.sentence(entry.entityType, entry);
    if (isPartyEntity(entry.entityType)) return party.sentence(entry.entityType, entry);
    const described = sentenceOf(entry);
    const actor = entry.actorName;
    if (described.kind === 'statusChanged') {
      return t('history.sentence.statusChanged', {
        actor,
        from: statusName(described.from),
        to: statusName(described.to),
      });
    }
    if (described.kind === 'reordered') return t('history.sentence.reordered', { actor });
    return t(`history.sentence.${described.entity}.${described.action}`, {
      actor,
      name: summaryText(entry.summary, i18n.language),
    });
  };

  /** The field's label, never the API's own name for it. */
  const fieldName = (entityType: string, field: string) =>
    (isPeriodEntity(entityType) ? period.fieldName(field) : undefined) ??
    party.fieldName(field) ??
    fieldLabel(field, words);

  /** A value as text, or null when there is none. */
  const value = (entityType: string, field: string, raw: unknown): string | null => {
    if (raw === null || raw === undefined || raw === '') return null;
    const periodValue = period.value(field, raw) ?? party.value(field, raw);
    if (periodValue !== undefined) return periodValue;
    return valueText(entityType, field, raw, words);
  };

  const name = (entry: AuditEntryView) =>
    isPartyEntity(entry.entityType) ? party.nameOf(entry) : period.nameOf(entry);

  return { sentence, fieldName, value, name };
}

function ChangedValue({ text }: { text: string | null }) {
  const { t } = useTranslation();
  return text === null ? (
    <Text size="sm" c="dimmed">
      {t('history.emptyValue')}
    </Text>
  ) : (
    <PlainText size="sm">{text}</PlainText>
  );
}

interface ChangesTableProps {
  partnership: PartnershipView;
  entityType: string;
  changes: FieldChange[];
  labelledBy: string;
}

function ChangesTable({ partnership, entityType, changes, labelledBy }: ChangesTableProps) {
  const { t } = useTranslation();
  const describe = useDescribe(partnership);
  return (
    <ScrollableTable labelledBy={labelledBy}>
      <Table aria-labelledby={labelledBy} withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('history.field')}</Table.Th>
            <Table.Th scope="col">{t('history.before')}</Table.Th>
            <Table.Th scope="col">{t('history.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.field}>
              <Table.Th scope="row" fw={500}>
                {describe.fieldName(entityType, change.field)}
              </Table.Th>
              <Table.Td>
                <ChangedValue text={describe.value(entityType, change.field, change.before)} />
              </Table.Td>
              <Table.Td>
                <ChangedValue text={describe.value(entityType, change.field, change.after)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}

function restoreFailure(error: unknown, entry: AuditEntryView, partnership: PartnershipView) {
  const entity = entry.entityType;
  const key = toProblemError(error).key;
  if (isPartyEntity(entity)) {
    const failure = partyRestoreFailure(error, entry, partnership);
    if (failure) return failure;
  }
  if (key === 'not-found') return 'history.restoreGone' as const;
  if (key === 'validation-failed' && entity === 'MEMBER')
    return 'history.restoreMemberAgain' as const;
  // Restoring a period is refused when a period added meanwhile overlaps it.
  if (key === 'validation-failed' && (entity === 'TERM' || entity === 'CHAIR_PERIOD')) {
    return 'terms.restoreOverlaps' as const;
  }
  return undefined;
}

interface HistoryEntryProps {
  partnership: PartnershipView;
  entry: AuditEntryView;
  /** Whether the user may restore what this entry deleted (it is still deleted, as far as known). */
  canRestore: boolean;
  onRestored: (name: string) => void;
}

/** One change: who did what and when, in a sentence; what changed, on request; undo a deletion. */
export function HistoryEntry({ partnership, entry, canRestore, onRestored }: HistoryEntryProps) {
  const { t, i18n } = useTranslation();
  const describe = useDescribe(partnership);
  const partnershipId = partnership.id;
  const id = useId();
  const sentenceId = `${id}-sentence`;
  const detailsId = `${id}-details`;
  const [open, setOpen] = useState(false);
  const restoreFocusArea = useRestoreFocusArea(partnershipId);
  const restoreMember = useRestoreMember(partnershipId);
  const restoreTerm = useRestoreTerm(partnershipId);
  const restoreChairPeriod = useRestoreChairPeriod(partnershipId);
  const restoreParty = useRestoreParty(partnershipId);
  // Only asked for when the entry is restorable, which a signatory is only with its party known.
  const restoreSignatory = useRestoreSignatory(partnershipId, signatoryPartyId(entry) ?? '');
  const restore =
    entry.entityType === 'TERM'
      ? restoreTerm
      : entry.entityType === 'CHAIR_PERIOD'
        ? restoreChairPeriod
        : entry.entityType === 'PARTY'
          ? restoreParty
          : entry.entityType === 'SIGNATORY'
            ? restoreSignatory
            : entityKind(entry.entityType) === 'MEMBER'
              ? restoreMember
              : restoreFocusArea;
  const name = describe.name(entry);
  const changes = changesOf(entry);
  const failure = restore.isError ? restoreFailure(restore.error, entry, partnership) : undefined;

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="xs">
        <Text fw={600} id={sentenceId}>
          {describe.sentence(entry)}
        </Text>
        <Text size="sm" c="dimmed">
          <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, i18n.language)}</time>
        </Text>
        {(changes.length > 0 || canRestore) && (
          <Group gap="sm">
            {changes.length > 0 && (
              <Button
                variant="default"
                size="xs"
                aria-expanded={open}
                aria-controls={detailsId}
                onClick={() => setOpen((current) => !current)}
              >
                {open ? t('history.hideChanges') : t('history.showChanges')}
              </Button>
            )}
            {canRestore && (
              <Button
                variant="default"
                size="xs"
                aria-label={t('history.restoreLabel', { name })}
                loading={restore.isPending}
                onClick={() =>
                  restore.mutate(entry.entityId, { onSuccess: () => onRestored(name) })
                }
              >
                {t('history.restore')}
              </Button>
            )}
          </Group>
        )}
        {failure && (
          <Alert variant="outline" color="red.9" title={t('history.restoreFailed')}>
            <Text size="sm">{t(failure)}</Text>
          </Alert>
        )}
        {restore.isError && !failure && (
          <ProblemAlert error={restore.error} title={t('history.restoreFailed')} />
        )}
        <div id={detailsId} hidden={!open}>
          {open && (
            <ChangesTable
              partnership={partnership}
              entityType={entry.entityType}
              changes={changes}
              labelledBy={sentenceId}
            />
          )}
        </div>
      </Stack>
    </Paper>
  );
}
