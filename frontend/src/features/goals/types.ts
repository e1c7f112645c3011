import type { paths } from '../../api/schema';

/*
 * The goal DTOs, taken from the operations in the generated schema so they follow the contract
 * whatever the schemas are called in openapi.yaml.
 */

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer T } } }
  ? T
  : never;
type ItemOf<A> = A extends readonly (infer T)[] ? T : never;

type GoalsPath = paths['/api/v1/partnerships/{partnershipId}/goals'];
type GoalPath = paths['/api/v1/partnerships/{partnershipId}/goals/{goalId}'];

export type GoalPage = JsonOf<GoalsPath['get']['responses'][200]>;
export type GoalView = JsonOf<GoalPath['get']['responses'][200]>;
export type GoalInput = BodyOf<GoalsPath['post']>;
export type GoalStatus = GoalView['status'];
export type GoalIndicator = ItemOf<GoalView['indicators']>;

export const GOAL_STATUSES: readonly GoalStatus[] = ['ACTIVE', 'ACHIEVED', 'DROPPED'];
