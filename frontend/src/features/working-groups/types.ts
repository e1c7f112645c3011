import type { paths } from '../../api/schema';

/*
 * The working-group DTOs, taken from the operations in the generated schema so they follow the
 * contract whatever the schemas are called in openapi.yaml.
 */

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer T } } }
  ? T
  : never;

type GroupsPath = paths['/api/v1/partnerships/{partnershipId}/working-groups'];
type GroupPath = paths['/api/v1/partnerships/{partnershipId}/working-groups/{workingGroupId}'];
type ClosePath =
  paths['/api/v1/partnerships/{partnershipId}/working-groups/{workingGroupId}/close'];

export type WorkingGroupPage = JsonOf<GroupsPath['get']['responses'][200]>;
export type WorkingGroupView = JsonOf<GroupPath['get']['responses'][200]>;
export type WorkingGroupInput = BodyOf<GroupsPath['post']>;
export type WorkingGroupClosing = BodyOf<ClosePath['post']>;
export type WorkingGroupStatus = WorkingGroupView['status'];
