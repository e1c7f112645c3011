import { toProblemError } from '../../lib/problem';
import { INDICATOR_LIMITS, numberOf } from './indicator-draft';
import type { GridCell, GridIndicator, PeriodReportValue, ReportingGrid } from './types';

/** More areas than this, and more areas than indicators, and the areas become the rows. */
export const MAX_AREA_COLUMNS = 6;

/** One cell of the form: a value of one indicator for one area. */
export interface CellRef {
  key: string;
  indicator: GridIndicator;
  cell: GridCell;
}

/** A row or column heading: an indicator, or an area by name. */
export interface Line {
  key: string;
  label: string;
  /** Said after the label, e.g. the indicator's unit. */
  detail?: string;
}

export interface GridLayout {
  rows: Line[];
  columns: Line[];
  /** Whether the rows are the areas (a form wider than it is tall, turned). */
  areasAsRows: boolean;
  /** The cell at a row and column; null where the indicator has no such area. */
  at: (row: number, column: number) => CellRef | null;
}

export function cellKey(indicatorId: string, areaId: string): string {
  return `${indicatorId}|${areaId}`;
}

/**
 * Indicators by areas. Areas belong to each indicator, so the columns are the areas' names in the
 * order they first appear; an indicator without an area of that name has no cell there.
 */
export function layoutOf(grid: ReportingGrid): GridLayout {
  const areaNames: string[] = [];
  for (const indicator of grid.indicators) {
    for (const cell of indicator.cells) {
      if (!areaNames.includes(cell.areaName)) areaNames.push(cell.areaName);
    }
  }
  const byName = (indicator: GridIndicator, name: string): CellRef | null => {
    const cell = indicator.cells.find((c) => c.areaName === name);
    return cell ? { key: cellKey(indicator.id, cell.areaId), indicator, cell } : null;
  };
  const indicatorLines: Line[] = grid.indicators.map((indicator) => ({
    key: indicator.id,
    label: `${indicator.code} ${indicator.name}`,
    detail: indicator.unit,
  }));
  const areaLines: Line[] = areaNames.map((name) => ({ key: name, label: name }));
  const areasAsRows =
    areaNames.length > MAX_AREA_COLUMNS && areaNames.length > grid.indicators.length;
  return areasAsRows
    ? {
        rows: areaLines,
        columns: indicatorLines,
        areasAsRows,
        at: (row, column) => byName(grid.indicators[column], areaNames[row]),
      }
    : {
        rows: indicatorLines,
        columns: areaLines,
        areasAsRows,
        at: (row, column) => byName(grid.indicators[row], areaNames[column]),
      };
}

/** What the user typed in a cell: a number, or text as typed. */
export type Draft = number | string;

export type CellProblem =
  | 'numberInvalid'
  | 'negativeNotAllowed'
  | 'cannotClear'
  | 'rejected'
  | 'changedMeanwhile'
  | 'notYours'
  | 'gone'
  | 'personalData'
  | 'needsConfirmation';

export interface Changes {
  /** The values to send, in the order of the form. */
  values: PeriodReportValue[];
  /** The cell of each value sent, by its index in `values`. */
  keys: string[];
  /** Cells whose draft cannot be sent. */
  problems: Map<string, CellProblem>;
}

/**
 * The cells whose value differs from the stored one. A correction carries the stored value's
 * version, source and note, so it changes the value only; a new value gets the indicator's data
 * source, as when entered on its own.
 */
export function changesOf(cells: CellRef[], drafts: Map<string, Draft>): Changes {
  const values: PeriodReportValue[] = [];
  const keys: string[] = [];
  const problems = new Map<string, CellProblem>();
  for (const { key, indicator, cell } of cells) {
    const draft = drafts.get(key);
    if (draft === undefined) continue;
    const value = numberOf(draft);
    if (value === null) {
      if (cell.value !== null) problems.set(key, 'cannotClear');
      continue;
    }
    if (Number.isNaN(value) || Math.abs(value) > INDICATOR_LIMITS.value) {
      problems.set(key, 'numberInvalid');
      continue;
    }
    if (value < 0 && !indicator.allowNegative) {
      problems.set(key, 'negativeNotAllowed');
      continue;
    }
    if (cell.value !== null && value === cell.value) continue;
    const row: PeriodReportValue = {
      indicatorId: indicator.id,
      areaId: cell.areaId,
      value,
      version: cell.version,
    };
    const source = cell.version === null ? indicator.dataSource : cell.source;
    if (source) row.source = source;
    if (cell.note) row.note = cell.note;
    values.push(row);
    keys.push(key);
  }
  return { values, keys, problems };
}

const VIOLATION = /^values\[(\d+)\]\.(\w+)$/;

/**
 * The cells the API named in its refusal, with what to say at each: it names every value as
 * `values[i].field`, by its index in the request.
 */
export function problemsFromServer(error: unknown, sentKeys: string[]): Map<string, CellProblem> {
  const problems = new Map<string, CellProblem>();
  if (!error) return problems;
  const problem = toProblemError(error);
  const kind: CellProblem | null =
    {
      'validation-failed': 'rejected' as const,
      'personal-data-rejected': 'personalData' as const,
      'version-mismatch': 'changedMeanwhile' as const,
      forbidden: 'notYours' as const,
      'not-found': 'gone' as const,
      'confirmation-required': 'needsConfirmation' as const,
    }[problem.key as string] ?? null;
  if (!kind) return problems;
  for (const violation of problem.problem?.violations ?? []) {
    const match = VIOLATION.exec(violation.field);
    if (!match) continue;
    const key = sentKeys[Number(match[1])];
    if (key === undefined) continue;
    problems.set(key, kind);
  }
  return problems;
}
