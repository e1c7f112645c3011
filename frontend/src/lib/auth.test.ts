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

  it('sends the browser to the login page in the language the SPA is shown in', async () => {
    const auth = await actualAuth();
    keycloakAnswers();
    const init = vi.spyOn(auth.keycloak, 'init').mockResolvedValue(false);
    const login = vi.spyOn(auth.keycloak, 'login').mockResolvedValue(undefined);
    await i18n.changeLanguage('en');

    void auth.initAuth();
    await vi.waitFor(() => expect(login).toHaveBeenCalled());

    expect(init).toHaveBeenCalledWith(expect.objectContaining({ pkceMethod: 'S256' }));
    expect(login).toHaveBeenCalledWith(expect.objectContaining({ locale: 'en' }));
  });

  it('comes back from the login page to the page that was asked for', async () => {
    const auth = await actualAuth();
    keycloakAnswers();
    window.history.replaceState(null, '', '/partnerskaber/42/moeder?side=2#punkt-3');
    vi.spyOn(auth.keycloak, 'init').mockResolvedValue(false);
    const login = vi.spyOn(auth.keycloak, 'login').mockResolvedValue(undefined);

    void auth.initAuth();
    await vi.waitFor(() => expect(login).toHaveBeenCalled());

    // Keycloak returns only to the one registered address, the SPA's root.
    expect(login).toHaveBeenCalledWith(
      expect.objectContaining({ redirectUri: `${window.location.origin}/` }),
    );
    window.history.replaceState(null, '', '/');
    const returned = await actualAuth();
    const init = vi.spyOn(returned.keycloak, 'init').mockResolvedValue(true);

    await returned.initAuth();

    expect(init).toHaveBeenCalledWith(
      expect.objectContaining({ redirectUri: `${window.location.origin}/` }),
    );
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      '/partnerskaber/42/moeder?side=2#punkt-3',
    );
  });

  it('goes back only to a path on its own origin', async () => {
    sessionStorage.setItem('partnerskab.returnTo', '//evil.example/steal');
    window.history.replaceState(null, '', '/');
    const auth = await actualAuth();
    keycloakAnswers();
    vi.spyOn(auth.keycloak, 'init').mockResolvedValue(true);

    await auth.initAuth();

    expect(window.location.pathname).toBe('/');
    expect(sessionStorage.getItem('partnerskab.returnTo')).toBeNull();
  });
});

describe('login', () => {
  it('opens the Keycloak login page in the current language, also after a language switch', async () => {
    const auth = await actualAuth();
    const login = vi.spyOn(auth.keycloak, 'login').mockResolvedValue(undefined);

    await auth.login();
    await i18n.changeLanguage('en');
    await auth.login();

    const back = `${window.location.origin}/`;
    expect(login).toHaveBeenNthCalledWith(1, { locale: 'da', redirectUri: back });
    expect(login).toHaveBeenNthCalledWith(2, { locale: 'en', redirectUri: back });
  });
});
