import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AuthUnavailableError, initAuth } from '../lib/auth';
import { fakeApi } from '../test/fake-api';
import { HERLEV_NAME, me, page, summary } from '../test/fixtures';
import { App } from './app';

describe('App', () => {
  it('signs in before it renders the pages', async () => {
    fakeApi({ 'GET /api/v1/me': me(), 'GET /api/v1/partnerships': page([summary()]) });

    render(<App />);

    expect(await screen.findByRole('link', { name: HERLEV_NAME })).toBeVisible();
    expect(initAuth).toHaveBeenCalledTimes(1);
  });

  it('shows a Danish full-page error when the login service cannot be reached', async () => {
    vi.mocked(initAuth).mockRejectedValueOnce(new AuthUnavailableError());

    render(<App />);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Login-tjenesten kan ikke nås' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeVisible();
  });
});
