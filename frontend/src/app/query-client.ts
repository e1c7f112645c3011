import { QueryClient } from '@tanstack/react-query';
import { isTransient } from '../lib/problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Only failures that could pass on a second try (no answer, server error) are retried.
        retry: (failureCount, error) => failureCount < 2 && isTransient(error),
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
