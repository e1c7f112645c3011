import { describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem } from '../test/fake-api';
import { me } from '../test/fixtures';
import { api, unwrap } from './api-client';
import { keycloak, login } from './auth';
import { config } from './config';
import { ProblemError } from './problem';

describe('api client', () => {
  it('refreshes the token and sends it as a bearer token', async () => {
    const { requests } = fakeApi({ 'GET /api/v1/me': me() });

    const data = await unwrap(api.GET('/api/v1/me'));

    expect(data.name).toBe('Hanne Herlev');
    expect(keycloak.updateToken).toHaveBeenCalledWith(30);
    expect(requests[0].url).toBe(`${config.apiUrl}/api/v1/me`);
    expect(requests[0].headers.get('Authorization')).toBe('Bearer test-access-token');
  });

  it('sends the list query parameters', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/partnerships': json({
        items: [],
        page: 2,
        size: 20,
        totalItems: 0,
        totalPages: 0,
      }),
    });

    await unwrap(
      api.GET('/api/v1/partnerships', { params: { query: { page: 2, size: 20, sort: 'name' } } }),
    );

    const url = new URL(requests[0].url);
    expect(url.searchParams.get('page')).toBe('2');
    expect(url.searchParams.get('size')).toBe('20');
    expect(url.searchParams.get('sort')).toBe('name');
  });

  it('throws a ProblemError with the key of the problem type', async () => {
    fakeApi({ 'GET /api/v1/me': () => problem('forbidden', 403) });

    const failure = unwrap(api.GET('/api/v1/me'));

    await expect(failure).rejects.toBeInstanceOf(ProblemError);
    await expect(failure).rejects.toMatchObject({ key: 'forbidden', status: 403 });
  });

  it('throws a network problem when the API cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );

    await expect(unwrap(api.GET('/api/v1/me'))).rejects.toMatchObject({ key: 'network' });
  });

  it('sends the user to the login page when the token cannot be refreshed', async () => {
    fakeApi({ 'GET /api/v1/me': me() });
    vi.mocked(keycloak.updateToken).mockRejectedValueOnce(new Error('refresh token expired'));

    await expect(unwrap(api.GET('/api/v1/me'))).rejects.toMatchObject({ key: 'unauthenticated' });
    expect(login).toHaveBeenCalledTimes(1);
  });
});
