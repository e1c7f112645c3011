import { describe, expect, it, vi } from 'vitest';
import type * as Auth from './auth';
import { config } from './config';
import i18n from './i18n';

/** The real module, fresh for each test: initAuth remembers its first run. */
async function actualAuth(): Promise<typeof Auth> {
  vi.resetModules();
  return vi.importActual<typeof Auth>('./auth');
}

function keycloakAnswers() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(null, { status: 200 })),
  );
}

describe('initAuth', () => {
  it('fails with AuthUnavailableError, without redirecting, when Keycloak cannot be reached', async () => {
    const auth = await actualAuth();
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

  it('asks for the login page in the language the SPA is shown in', async () => {
    const auth = await actualAuth();
    keycloakAnswers();
    const init = vi.spyOn(auth.keycloak, 'init').mockResolvedValue(true);
    await i18n.changeLanguage('en');

    await auth.initAuth();

    expect(init).toHaveBeenCalledWith(
      expect.objectContaining({ onLoad: 'login-required', locale: 'en', pkceMethod: 'S256' }),
    );
  });
});

describe('login', () => {
  it('opens the Keycloak login page in the current language, also after a language switch', async () => {
    const auth = await actualAuth();
    const login = vi.spyOn(auth.keycloak, 'login').mockResolvedValue(undefined);

    await auth.login();
    await i18n.changeLanguage('en');
    await auth.login();

    expect(login).toHaveBeenNthCalledWith(1, { locale: 'da' });
    expect(login).toHaveBeenNthCalledWith(2, { locale: 'en' });
  });
});
