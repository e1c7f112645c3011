import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../api/schema';
import { keycloak, login } from './auth';
import { config } from './config';
import { ProblemError, problemFromResponse, toProblemError } from './problem';

/** Refreshes the access token when it has less than 30 s left and sends it as a bearer token. */
const authMiddleware: Middleware = {
  async onRequest({ request }) {
    try {
      await keycloak.updateToken(30);
    } catch (error) {
      await login();
      throw new ProblemError('unauthenticated', 401, undefined, error);
    }
    if (keycloak.token) {
      request.headers.set('Authorization', `Bearer ${keycloak.token}`);
    }
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: config.apiUrl,
  // Looked up on each call so the fetch in use (or a test's stand-in) is always the one called.
  fetch: (request) => globalThis.fetch(request),
});
api.use(authMiddleware);

/**
 * The If-Match header value for an edit based on `version`: the strong ETag the API sends for it
 * (`"3"`), so the API can refuse the edit with `version-mismatch` if someone changed it meanwhile.
 */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

/** The version in one of our ETags (`"3"`), or null when there is none. */
export function versionFromEtag(etag: string | null): number | null {
  const match = etag?.match(/^(?:W\/)?"(\d+)"$/);
  return match ? Number(match[1]) : null;
}

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws a {@link ProblemError} built from the
 * problem body (or, failing that, the HTTP status); a request that got no answer throws `network`.
 */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  let result: ApiResult<T>;
  try {
    result = await call;
  } catch (error) {
    throw toProblemError(error);
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) {
    throw problemFromResponse(error, response.status);
  }
  return data as T;
}
