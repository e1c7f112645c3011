import type { paths } from '../../api/schema';

/*
 * The dashboard DTOs, taken from the operation in the generated schema so they follow the contract
 * whatever the schemas are called in openapi.yaml.
 */

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type ItemOf<A> = A extends readonly (infer T)[] ? T : never;

type DashboardPath = paths['/api/v1/partnerships/{partnershipId}/dashboard'];

export type DashboardView = JsonOf<DashboardPath['get']['responses'][200]>;
export type DashboardGoal = ItemOf<DashboardView['goals']>;
export type DashboardGoalIndicator = ItemOf<DashboardGoal['indicators']>;
export type DashboardIndicator = ItemOf<DashboardView['indicators']>;
export type RecentPoint = ItemOf<DashboardIndicator['recent']>;
export type LatestChange = ItemOf<DashboardView['latestChanges']>;
