import type { Aggregation, Frequency } from '../../api/types';

export type {
  Aggregation,
  AreaSeries,
  AreaView,
  ExportFormat,
  Frequency,
  GridCell,
  GridIndicator,
  ImportOutcome,
  ImportRejection,
  ImportReport,
  ImportRow,
  IndicatorInput,
  IndicatorPage,
  IndicatorStatus,
  IndicatorView,
  MeasurementInput,
  MeasurementRevisionView,
  MeasurementView,
  PeriodReportInput,
  PeriodReportResult,
  PeriodReportValue,
  ReportingGrid,
  SeriesPoint,
  SeriesView,
} from '../../api/types';

export const FREQUENCIES: readonly Frequency[] = ['MONTH', 'QUARTER', 'YEAR'];
export const AGGREGATIONS: readonly Aggregation[] = ['SUM', 'AVERAGE', 'LAST'];

/** The frequencies an indicator's values can be shown at: its own and every coarser one. */
export function aggregatesOf(frequency: Frequency): Frequency[] {
  return FREQUENCIES.slice(FREQUENCIES.indexOf(frequency));
}
