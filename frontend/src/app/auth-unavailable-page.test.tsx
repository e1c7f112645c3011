import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { AuthUnavailablePage } from './auth-unavailable-page';

describe('AuthUnavailablePage', () => {
  it('explains in Danish that the login service cannot be reached and offers a retry', async () => {
    const onRetry = vi.fn();
    const { user } = renderWithProviders(<AuthUnavailablePage onRetry={onRetry} />);

    expect(
      screen.getByRole('heading', { level: 1, name: 'Login-tjenesten kan ikke nås' }),
    ).toBeVisible();
    expect(screen.getByText(/Prøv igen om et øjeblik/)).toBeInTheDocument();
    expect(document.title).toBe('Login-tjenesten kan ikke nås – Partnerskabsportalen');

    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));

    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
