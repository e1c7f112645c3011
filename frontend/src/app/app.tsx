import { Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { initAuth } from '../lib/auth';
import { AuthUnavailablePage } from './auth-unavailable-page';
import { AppProviders } from './providers';
import { routes } from './routes';

type Router = ReturnType<typeof createBrowserRouter>;
type AuthState = { kind: 'pending' } | { kind: 'ready'; router: Router } | { kind: 'unavailable' };

let router: Router | undefined;

function appRouter(): Router {
  router ??= createBrowserRouter(routes);
  return router;
}

/** Signs the user in before the router exists, so no page renders or calls the API without a token. */
export function App() {
  const [state, setState] = useState<AuthState>({ kind: 'pending' });

  useEffect(() => {
    initAuth().then(
      () => setState({ kind: 'ready', router: appRouter() }),
      () => setState({ kind: 'unavailable' }),
    );
  }, []);

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
