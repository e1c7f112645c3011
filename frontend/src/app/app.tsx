import { Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { initAuth } from '../lib/auth';
import { AuthUnavailablePage } from './auth-unavailable-page';
import { AppProviders } from './providers';
import { isPublicPath, PublicStatement } from './public-statement';
import { routes } from './routes';

type Router = ReturnType<typeof createBrowserRouter>;
type AuthState = { kind: 'pending' } | { kind: 'ready'; router: Router } | { kind: 'unavailable' };

let router: Router | undefined;

function appRouter(): Router {
  router ??= createBrowserRouter(routes);
  return router;
}

/**
 * Signs the user in before the router exists, so no page renders or calls the API without a token.
 * Only the accessibility statement, opened at its own address, is shown without signing in.
 */
export function App() {
  const [publicPage] = useState(() => isPublicPath(window.location.pathname));
  const [state, setState] = useState<AuthState>({ kind: 'pending' });

  useEffect(() => {
    if (publicPage) return;
    initAuth().then(
      () => setState({ kind: 'ready', router: appRouter() }),
      () => setState({ kind: 'unavailable' }),
    );
  }, [publicPage]);

  if (publicPage) {
    return (
      <AppProviders>
        <PublicStatement />
      </AppProviders>
    );
  }

  return (
    <AppProviders>
      {state.kind === 'ready' && <RouterProvider router={state.router} />}
      {state.kind === 'unavailable' && (
        <AuthUnavailablePage onRetry={() => window.location.reload()} />
      )}
      {state.kind === 'pending' && <SigningIn />}
    </AppProviders>
  );
}

function SigningIn() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" component="main">
      <Stack align="center" gap="xs" role="status">
        <Loader aria-hidden="true" />
        <Text>{t('auth.signingIn')}</Text>
      </Stack>
    </Center>
  );
}
