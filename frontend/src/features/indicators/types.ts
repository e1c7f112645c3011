import type { paths } from '../../api/schema';

/*
 * The indicator DTOs, taken from the operations in the generated schema so they follow the
 * contract whatever the schemas are called in openapi.yaml.
 */

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer T } } }
  ? T
  : never;
type ItemOf<A> = A extends readonly (infer T)[] ? T : never;

type IndicatorsPath = paths['/api/v1/partnerships/{partnershipId}/indicators'];
type IndicatorPath = paths['/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}'];
type MeasurementsPath =
  paths['/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/measurements'];
type RevisionsPath =
  paths['/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/measurements/{measurementId}/revisions'];
type SeriesPath = paths['/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/series'];
type ImportPath = paths['/api/v1/partnerships/{partnershipId}/measurements/import'];
type ExportPath = paths['/api/v1/partnerships/{partnershipId}/measurements/export'];

export type IndicatorPage = JsonOf<IndicatorsPath['get']['responses'][200]>;
export type IndicatorView = JsonOf<IndicatorPath['get']['responses'][200]>;
export type IndicatorInput = BodyOf<IndicatorsPath['post']>;
export type IndicatorStatus = IndicatorView['status'];
export type Frequency = IndicatorView['frequency'];
export type Aggregation = IndicatorView['aggregation'];
export type AreaView = ItemOf<IndicatorView['areas']>;

export type MeasurementView = ItemOf<JsonOf<MeasurementsPath['get']['responses'][200]>>;
export type MeasurementInput = BodyOf<MeasurementsPath['put']>;
export type MeasurementRevisionView = ItemOf<JsonOf<RevisionsPath['get']['responses'][200]>>;

export type SeriesView = JsonOf<SeriesPath['get']['responses'][200]>;
export type AreaSeries = ItemOf<SeriesView['areas']>;
export type SeriesPoint = ItemOf<SeriesView['total']>;

export type ImportReport = JsonOf<ImportPath['post']['responses'][200]>;
export type ImportRow = ItemOf<ImportReport['rows']>;
export type ImportOutcome = ImportRow['outcome'];
export type ImportRejection = NonNullable<ImportRow['reason']>;
export type ExportFormat = NonNullable<
  NonNullable<ExportPath['get']['parameters']['query']>['format']
>;

export const FREQUENCIES: readonly Frequency[] = ['MONTH', 'QUARTER', 'YEAR'];
export const AGGREGATIONS: readonly Aggregation[] = ['SUM', 'AVERAGE', 'LAST'];

/** The frequencies an indicator's values can be shown at: its own and every coarser one. */
export function aggregatesOf(frequency: Frequency): Frequency[] {
  return FREQUENCIES.slice(FREQUENCIES.indexOf(frequency));
}
