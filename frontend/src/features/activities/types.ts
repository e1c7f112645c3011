import type { paths } from '../../api/schema';

/*
 * The activity DTOs, taken from the operations in the generated schema so they follow the contract
 * whatever the schemas are called in openapi.yaml.
 */

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer T } } }
  ? T
  : never;

type ActivitiesPath = paths['/api/v1/partnerships/{partnershipId}/activities'];
type ActivityPath = paths['/api/v1/partnerships/{partnershipId}/activities/{activityId}'];

export type ActivityPage = JsonOf<ActivitiesPath['get']['responses'][200]>;
export type ActivityView = JsonOf<ActivityPath['get']['responses'][200]>;
export type ActivityInput = BodyOf<ActivitiesPath['post']>;
export type ActivityKind = ActivityView['kind'];
export type ActivityStatus = ActivityView['status'];
export type ActivityReport = NonNullable<ActivityView['report']>;

export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  'SAFETY_WALK',
  'HOTSPOT',
  'CITIZENS_MEETING',
  'CAMPAIGN',
  'COLLABORATION',
  'OTHER',
];

export const ACTIVITY_STATUSES: readonly ActivityStatus[] = [
  'PLANNED',
  'ONGOING',
  'COMPLETED',
  'CANCELLED',
];
