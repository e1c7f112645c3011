import type { paths } from '../../api/schema';

/*
 * What the caller has to report, taken from the operation in the generated schema so it follows
 * the contract whatever the schemas are called in openapi.yaml.
 */

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type ItemOf<A> = A extends readonly (infer T)[] ? T : never;

export type ReportingDue = ItemOf<JsonOf<paths['/api/v1/me/reporting']['get']['responses'][200]>>;
export type MissingArea = ItemOf<ReportingDue['missingAreas']>;
