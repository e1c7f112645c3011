import { useQuery } from '@tanstack/react-query';
import type {
  GoalView,
  IndicatorView,
  MemberView,
  OrganisationView,
  WorkingGroupView,
} from '../api/types';
import { fetchAllPages } from './all-pages';
import { api, unwrap } from './api-client';
import {
  goalKeys,
  indicatorKeys,
  organisationKeys,
  partnershipKeys,
  workingGroupKeys,
} from './query-keys';

/*
 * Whole lists for a choice among them (an owner, the group a goal belongs to, the indicators that
 * follow it), which forms in several features offer. Each sits under its own list's key, so a
 * change to that list refreshes the choice too.
 */

export interface AllOrganisationsOptions {
  /** Also the deactivated ones, e.g. to find partnerships an organisation was a party to. */
  includeInactive?: boolean;
}

/**
 * Every organisation, by name. By default only the active ones, which are those that can be given
 * a new role.
 */
export function useAllOrganisations({ includeInactive = false }: AllOrganisationsOptions = {}) {
  return useQuery<OrganisationView[]>({
    queryKey: organisationKeys.every(includeInactive ? 'any' : 'active'),
    queryFn: () =>
      fetchAllPages((page, size) =>
        unwrap(
          api.GET('/api/v1/organisations', {
            params: {
              query: { ...(includeInactive ? {} : { active: true }), sort: 'name', page, size },
            },
          }),
        ),
      ),
  });
}

/** Every member of the partnership, by name (who is responsible for a follow-up item). */
export function useAllMembers(partnershipId: string) {
  return useQuery<MemberView[]>({
    queryKey: partnershipKeys.allMembers(partnershipId),
    queryFn: () =>
      fetchAllPages((page, size) =>
        unwrap(
          api.GET('/api/v1/partnerships/{partnershipId}/members', {
            params: { path: { partnershipId }, query: { page, size } },
          }),
        ),
      ),
  });
}

/** Every working group of the partnership (the group a goal or a meeting belongs to). */
export function useAllWorkingGroups(partnershipId: string) {
  return useQuery<WorkingGroupView[]>({
    queryKey: workingGroupKeys.every(partnershipId),
    queryFn: () =>
      fetchAllPages((page, size) =>
        unwrap(
          api.GET('/api/v1/partnerships/{partnershipId}/working-groups', {
            params: { path: { partnershipId }, query: { page, size } },
          }),
        ),
      ),
  });
}

/** Every indicator of the partnership, by code (the indicators that follow a goal). */
export function useAllIndicators(partnershipId: string) {
  return useQuery<IndicatorView[]>({
    queryKey: indicatorKeys.every(partnershipId),
    queryFn: () =>
      fetchAllPages((page, size) =>
        unwrap(
          api.GET('/api/v1/partnerships/{partnershipId}/indicators', {
            params: { path: { partnershipId }, query: { page, size, sort: 'code' } },
          }),
        ),
      ),
  });
}

/** Every goal of the partnership (the goals an activity serves). */
export function useAllGoals(partnershipId: string) {
  return useQuery<GoalView[]>({
    queryKey: goalKeys.every(partnershipId),
    queryFn: () =>
      fetchAllPages((page, size) =>
        unwrap(
          api.GET('/api/v1/partnerships/{partnershipId}/goals', {
            params: { path: { partnershipId }, query: { page, size } },
          }),
        ),
      ),
  });
}
