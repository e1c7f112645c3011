import Keycloak from 'keycloak-js';
import { config } from './config';
import { currentLanguage } from './i18n';

/** The one keycloak-js instance of the SPA. Tokens live in its memory only. */
export const keycloak = new Keycloak({
  url: config.keycloak.url,
  realm: config.keycloak.realm,
  clientId: config.keycloak.clientId,
});

/** Thrown when the login service cannot be reached, so the SPA can say so instead of going blank. */
export class AuthUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('The login service cannot be reached', { cause });
    this.name = 'AuthUnavailableError';
  }
}

const PROBE_TIMEOUT_MS = 8000;

/**
 * keycloak-js redirects the browser to the login page without checking that Keycloak answers, which
 * would leave the user on the browser's own error page. A no-cors request resolves whenever the
 * server answers at all and rejects only when it cannot be reached.
 */
async function probeKeycloak(): Promise<void> {
  const url = `${config.keycloak.url}/realms/${encodeURIComponent(config.keycloak.realm)}/.well-known/openid-configuration`;
  try {
    await fetch(url, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
  } catch (error) {
    throw new AuthUnavailableError(error);
  }
}

let initialisation: Promise<void> | undefined;

/**
 * Signs the user in (redirecting to Keycloak when there is no session) before the router renders.
 * Resolves once a token is held; rejects with {@link AuthUnavailableError} when Keycloak is down.
 */
export function initAuth(): Promise<void> {
  initialisation ??= (async () => {
    await probeKeycloak();
    keycloak.onTokenExpired = () => {
      keycloak.updateToken(30).catch(() => login());
    };
    try {
      await keycloak.init({
        onLoad: 'login-required',
        locale: currentLanguage(),
        pkceMethod: 'S256',
        checkLoginIframe: false,
      });
    } catch (error) {
      throw new AuthUnavailableError(error);
    }
  })();
  return initialisation;
}

/**
 * Sends the browser to the Keycloak login page, shown in the language the SPA is in at that moment
 * (the realm has Danish and English).
 */
export function login(): Promise<void> {
  return keycloak.login({ locale: currentLanguage() });
}

export function logout(): Promise<void> {
  return keycloak.logout({ redirectUri: `${window.location.origin}/` });
}
