import { describe, expect, it, vi } from 'vitest';
import type * as Auth from './auth';
import { config } from './config';

describe('initAuth', () => {
  it('fails with AuthUnavailableError, without redirecting, when Keycloak cannot be reached', async () => {
    const auth = await vi.importActual<typeof Auth>('./auth');
    const fetchMock = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetchMock);
    const init = vi.spyOn(auth.keycloak, 'init');

    await expect(auth.initAuth()).rejects.toBeInstanceOf(auth.AuthUnavailableError);

    expect(fetchMock).toHaveBeenCalledWith(
      `${config.keycloak.url}/realms/partnerskab/.well-known/openid-configuration`,
      expect.objectContaining({ mode: 'no-cors' }),
    );
    expect(init).not.toHaveBeenCalled();
  });
});
