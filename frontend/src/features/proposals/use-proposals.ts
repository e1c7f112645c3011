import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { DecisionEntry, MeetingStatus, MeetingSummary } from '../../api/types';
import { fetchAllPages, LARGEST_PAGE } from '../../lib/all-pages';
import { api, ifMatch, unwrap } from '../../lib/api-client';
import { decisionKeys, meetingKeys, proposalKeys } from '../../lib/query-keys';
import type {
  ProposalAnswer,
  ProposalInput,
  ProposalPage,
  ProposalToAgenda,
  ProposalView,
} from './types';

export const PROPOSAL_PAGE_SIZE = 20;

/** One page (zero-based) of the partnership's proposals, newest first, with their answers. */
export function useProposals(partnershipId: string, page: number) {
  return useQuery<ProposalPage>({
    queryKey: proposalKeys.list(partnershipId, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/proposals', {
          params: { path: { partnershipId }, query: { page, size: PROPOSAL_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The statuses of a meeting whose agenda still takes items. */
const OPEN_STATUSES: readonly MeetingStatus[] = ['PLANNED', 'AGENDA_PUBLISHED'];

/**
 * The partnership's own meetings whose agenda still takes items, soonest first: the meetings a
 * proposal can be put before. A working group's meeting does not decide for the partnership, so
 * its meetings are left out. Kept under the meetings' key, so a meeting held or cancelled drops out.
 */
export function useOpenMeetings(partnershipId: string) {
  return useQuery<MeetingSummary[]>({
    queryKey: meetingKeys.openAgendas(partnershipId),
    queryFn: async () => {
      const pages = await Promise.all(
        OPEN_STATUSES.map((status) =>
          unwrap(
            api.GET('/api/v1/partnerships/{partnershipId}/meetings', {
              params: {
                path: { partnershipId },
                query: { status, sort: 'startsAt', page: 0, size: LARGEST_PAGE },
              },
            }),
          ),
        ),
      );
      return pages
        .flatMap((page) => page.items)
        .filter((meeting) => meeting.workingGroupId === null)
        .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
    },
  });
}

/**
 * Every decision in the partnership's register, newest meeting first, for the choice of the one
 * that answers a proposal. Kept under the decisions' key, so new decisions in minutes refresh it.
 */
export function useAllDecisions(partnershipId: string) {
  return useQuery<DecisionEntry[]>({
    queryKey: decisionKeys.every(partnershipId),
    queryFn: () =>
      fetchAllPages((page, size) =>
        unwrap(
          api.GET('/api/v1/partnerships/{partnershipId}/decisions', {
            params: { path: { partnershipId }, query: { page, size } },
          }),
        ),
      ),
  });
}

/** The proposal as the API answered it is shown at once; the pages are then read again. */
function stored(queryClient: QueryClient, partnershipId: string, view: ProposalView) {
  queryClient.setQueriesData<ProposalPage>(
    { queryKey: proposalKeys.all(partnershipId) },
    (page) =>
      page && {
        ...page,
        items: page.items.map((proposal) => (proposal.id === view.id ? view : proposal)),
      },
  );
  return queryClient.invalidateQueries({ queryKey: proposalKeys.all(partnershipId) });
}

export function useCreateProposal(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProposalInput) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/proposals', {
          params: { path: { partnershipId } },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proposalKeys.all(partnershipId) }),
  });
}

/** Puts a proposal on a meeting's agenda as an item for decision, based on the version shown. */
export function usePutOnAgenda(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ proposal, body }: { proposal: ProposalView; body: ProposalToAgenda }) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/proposals/{proposalId}/agenda', {
          params: {
            path: { partnershipId, proposalId: proposal.id },
            header: { 'If-Match': ifMatch(proposal.version) },
          },
          body,
        }),
      ),
    onSuccess: (view: ProposalView, { body }) =>
      Promise.all([
        stored(queryClient, partnershipId, view),
        // The meeting's agenda has a new item.
        queryClient.invalidateQueries({
          queryKey: meetingKeys.detail(partnershipId, body.meetingId),
        }),
      ]),
  });
}

/** Accepts or rejects a proposal with the reason, based on the version shown. */
export function useAnswerProposal(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ proposal, answer }: { proposal: ProposalView; answer: ProposalAnswer }) =>
      unwrap(
        api.POST('/api/v1/partnerships/{partnershipId}/proposals/{proposalId}/answer', {
          params: {
            path: { partnershipId, proposalId: proposal.id },
            header: { 'If-Match': ifMatch(proposal.version) },
          },
          body: answer,
        }),
      ),
    onSuccess: (view: ProposalView) => stored(queryClient, partnershipId, view),
  });
}
