import { vi } from 'vitest';
import { PROBLEM_TYPE_BASE } from '../lib/problem';

type Handler = (request: Request, url: URL) => Response | Promise<Response>;

/** Handlers keyed by "METHOD /path", e.g. "GET /api/v1/partnerships". */
export type Routes = Record<string, Handler | object>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(
  key: string,
  status: number,
  extra: Record<string, unknown> = {},
): Response {
  return new Response(
    JSON.stringify({
      type: `${PROBLEM_TYPE_BASE}${key}`,
      title: key,
      status,
      detail: 'Test problem',
      ...extra,
    }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * Replaces fetch with a fake API. A route's value is a handler or a body to answer 200 with;
 * a request without a route answers a not-found problem. Returns the requests it saw.
 */
export function fakeApi(routes: Routes) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    const url = new URL(request.url);
    const route = routes[`${request.method} ${url.pathname}`];
    if (route === undefined) return problem('not-found', 404);
    return typeof route === 'function' ? (route as Handler)(request, url) : json(route);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}
