import type { ImportReport, ImportRow } from '../api/types';

/*
 * Previews and results of importing values, as the API answers them: every property present,
 * `null` where a value is empty.
 */

export function importRow(overrides: Partial<ImportRow> = {}): ImportRow {
  return {
    row: 2,
    indicatorCode: 'IND-01',
    area: 'Herlev',
    period: '2026-Q1',
    value: 20,
    outcome: 'CREATE',
    reason: null,
    message: null,
    previousValue: null,
    ...overrides,
  };
}

/** A report whose counts are those of its rows, plus `overrides`. */
export function importReport(
  rows: ImportRow[],
  overrides: Partial<ImportReport> = {},
): ImportReport {
  const count = (outcome: ImportRow['outcome']) =>
    rows.filter((row) => row.outcome === outcome).length;
  return {
    dryRun: true,
    stored: false,
    created: count('CREATE'),
    corrected: count('CORRECT'),
    unchanged: count('UNCHANGED'),
    rejected: count('REJECT'),
    rows,
    rowsOmitted: 0,
    previewedAt: '2027-03-18T10:30:00.123456+01:00',
    ...overrides,
  };
}

/** A row rejected for `reason`, with what the file held. */
export function rejectedRow(
  row: number,
  reason: NonNullable<ImportRow['reason']>,
  overrides: Partial<ImportRow> = {},
): ImportRow {
  return importRow({
    row,
    outcome: 'REJECT',
    reason,
    message: 'rejected',
    ...overrides,
  });
}

/** Three new values, a correction, an unchanged value and two rejected rows. */
export function mixedRows(): ImportRow[] {
  return [
    importRow({ row: 2 }),
    importRow({ row: 3, area: 'Ballerup', value: 1234.5 }),
    importRow({ row: 4, area: 'Gladsaxe', period: '2026-Q2', value: 17 }),
    importRow({ row: 5, period: '2025-Q4', value: 18.5, outcome: 'CORRECT', previousValue: 185 }),
    importRow({ row: 6, area: 'Ballerup', period: '2025-Q4', value: 14, outcome: 'UNCHANGED' }),
    rejectedRow(7, 'UNKNOWN_AREA', { area: 'Hvidovre' }),
    rejectedRow(8, 'NOT_A_NUMBER', { value: null }),
  ];
}

/** The file as a user would choose it. */
export function csvFile(name = 'værdier.csv', text = 'indikator;område;periode;værdi\n'): File {
  return new File([text], name, { type: 'text/csv' });
}
