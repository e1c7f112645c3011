import { Checkbox, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod } from '../../lib/periods';
import type { ImportReport, ImportRow } from './types';

const CAPTION_ID = 'import-preview-caption';

/** An empty cell of the file: a dash that screen readers read as "blank". */
function Blank() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <VisuallyHidden>{t('indicators.import.blank')}</VisuallyHidden>
    </>
  );
}

/** What the import does with the row, in words; a rejection says why. */
export function useOutcomeText() {
  const { t, i18n } = useTranslation();
  return (row: ImportRow): string => {
    switch (row.outcome) {
      case 'CREATE':
        return t('indicators.import.outcomes.CREATE');
      case 'CORRECT':
        return t('indicators.import.outcomes.CORRECT', {
          value:
            row.previousValue === null ? '–' : formatNumber(row.previousValue, i18n.language, 10),
        });
      case 'UNCHANGED':
        return t('indicators.import.outcomes.UNCHANGED');
      default:
        return t('indicators.import.outcomes.REJECT', {
          reason: t(`indicators.import.reasons.${row.reason ?? 'unknown'}`, {
            code: row.indicatorCode ?? '',
            area: row.area ?? '',
          }),
        });
    }
  };
}

/** The counts of what the import does: "3 oprettes, 1 rettes, 0 uændrede, 2 afvises". */
export function useImportSummary() {
  const { t } = useTranslation();
  return (report: ImportReport): string =>
    t('indicators.import.summary', {
      created: t('indicators.import.created', { count: report.created }),
      corrected: t('indicators.import.corrected', { count: report.corrected }),
      unchanged: t('indicators.import.unchanged', { count: report.unchanged }),
      rejected: t('indicators.import.rejected', { count: report.rejected }),
    });
}

function Cell({ children }: { children: ReactNode }) {
  return <Table.Td style={{ overflowWrap: 'anywhere' }}>{children ?? <Blank />}</Table.Td>;
}

/**
 * What importing a file will do: the counts, and a table with one row per row of the file, the
 * rejected ones marked and each with its reason. Those can be shown alone, as a file of thousands
 * of rows may hold only a few.
 */
export function ImportPreviewTable({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const outcomeText = useOutcomeText();
  const summary = useImportSummary();
  const [onlyRejected, setOnlyRejected] = useState(false);
  const canFilter = report.rejected > 0 && report.rows.length > report.rejected;
  const rows =
    canFilter && onlyRejected ? report.rows.filter((row) => row.outcome === 'REJECT') : report.rows;

  return (
    <Stack gap="sm">
      <Text fw={500}>{summary(report)}</Text>
      {canFilter && (
        <Checkbox
          label={t('indicators.import.onlyRejected')}
          checked={onlyRejected}
          onChange={(event) => setOnlyRejected(event.currentTarget.checked)}
        />
      )}
      <Table.ScrollContainer
        minWidth={720}
        type="native"
        tabIndex={0}
        role="group"
        aria-labelledby={CAPTION_ID}
      >
        <Table withTableBorder verticalSpacing="xs" captionSide="top">
          <Table.Caption id={CAPTION_ID}>{t('indicators.import.previewTitle')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.import.row')}</Table.Th>
              <Table.Th scope="col">{t('indicators.import.indicator')}</Table.Th>
              <Table.Th scope="col">{t('indicators.import.area')}</Table.Th>
              <Table.Th scope="col">{t('indicators.import.period')}</Table.Th>
              <Table.Th scope="col">{t('indicators.import.value')}</Table.Th>
              <Table.Th scope="col">{t('indicators.import.outcome')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const rejected = row.outcome === 'REJECT';
              return (
                <Table.Tr
                  key={row.row}
                  data-outcome={row.outcome}
                  bg={rejected ? 'var(--mantine-color-red-0)' : undefined}
                >
                  <Table.Th scope="row" fw="normal">
                    {formatNumber(row.row, i18n.language)}
                  </Table.Th>
                  <Cell>{row.indicatorCode}</Cell>
                  <Cell>{row.area}</Cell>
                  <Cell>
                    {row.period === null ? null : formatPeriod(row.period, i18n.language)}
                  </Cell>
                  <Cell>
                    {row.value === null ? null : formatNumber(row.value, i18n.language, 10)}
                  </Cell>
                  <Table.Td>
                    <Text size="sm" c={rejected ? 'red.9' : undefined} fw={rejected ? 700 : 400}>
                      {outcomeText(row)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {report.rowsOmitted > 0 && (
        <Text size="sm">{t('indicators.import.omitted', { count: report.rowsOmitted })}</Text>
      )}
    </Stack>
  );
}
