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

/**
 * Keycloak sends the browser back only to an address registered for the SPA, and production
 * registers exactly one: the SPA's root. The page the user asked for waits here meanwhile.
 */
const RETURN_TO_KEY = 'partnerskab.returnTo';

function signInReturnAddress(): string {
  return `${window.location.origin}/`;
}

function rememberPage(): void {
  const { pathname, search, hash } = window.location;
  sessionStorage.setItem(RETURN_TO_KEY, pathname + search + hash);
}

/** Back to the remembered page; only a path on this origin, whatever else the storage holds. */
function returnToRememberedPage(): void {
  const target = sessionStorage.getItem(RETURN_TO_KEY);
  sessionStorage.removeItem(RETURN_TO_KEY);
  if (target?.startsWith('/') && !target.startsWith('//')) {
    window.history.replaceState(window.history.state, '', target);
  }
}

let initialisation: Promise<void> | undefined;

/**
 * Signs the user in (redirecting to Keycloak when there is no session) before the router renders,
 * and puts the address back to the page asked for. Resolves once a token is held; rejects with
 * {@link AuthUnavailableError} when Keycloak is down.
 */
export function initAuth(): Promise<void> {
  initialisation ??= (async () => {
    await probeKeycloak();
    keycloak.onTokenExpired = () => {
      keycloak.updateToken(30).catch(() => login());
    };
    let authenticated: boolean;
    try {
      authenticated = await keycloak.init({
        pkceMethod: 'S256',
        checkLoginIframe: false,
        redirectUri: signInReturnAddress(),
      });
    } catch (error) {
      throw new AuthUnavailableError(error);
    }
    if (!authenticated) {
      // The browser leaves for the login page; whatever login() answers, nothing renders without a token.
      await login();
      return new Promise<never>(() => {});
    }
    returnToRememberedPage();
  })();
  return initialisation;
}

/**
 * Sends the browser to the Keycloak login page, shown in the language the SPA is in at that moment
 * (the realm has Danish and English).
 */
export function login(): Promise<void> {
  rememberPage();
  return keycloak.login({ locale: currentLanguage(), redirectUri: signInReturnAddress() });
}

export function logout(): Promise<void> {
  return keycloak.logout({ redirectUri: `${window.location.origin}/` });
}
