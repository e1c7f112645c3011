import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { login } from '../lib/auth';
import i18n from '../lib/i18n';
import { ProblemError } from '../lib/problem';
import { renderWithProviders } from '../test/render';
import { ProblemAlert } from './problem-alert';

function validationFailed(
  key: 'validation-failed' | 'personal-data-rejected',
  fields: string[],
): ProblemError {
  return new ProblemError(key, 400, {
    violations: fields.map((field) => ({ field, in: 'body', message: 'must not be blank' })),
  });
}

describe('ProblemAlert', () => {
  it('offers to log in again, besides trying again, when the user is no longer signed in', async () => {
    const onRetry = vi.fn();
    const { user } = renderWithProviders(
      <ProblemAlert error={new ProblemError('unauthenticated', 401)} onRetry={onRetry} />,
    );

    const alert = screen.getByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Log ind igen' }));
    expect(login).toHaveBeenCalledTimes(1);

    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('offers no login for other problems', () => {
    renderWithProviders(<ProblemAlert error={new ProblemError('forbidden', 403)} />);

    expect(screen.queryByRole('button', { name: 'Log ind igen' })).not.toBeInTheDocument();
  });

  it('names each rejected field once, in Danish, without the server text', () => {
    renderWithProviders(
      <ProblemAlert error={validationFailed('validation-failed', ['name', 'startDate', 'name'])} />,
    );

    const alert = screen.getByRole('alert');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Værdien i feltet »name« er ugyldig.',
      'Værdien i feltet »startDate« er ugyldig.',
    ]);
    expect(alert).not.toHaveTextContent('must not be blank');
  });

  it('says which field seems to hold a CPR number', () => {
    renderWithProviders(
      <ProblemAlert error={validationFailed('personal-data-rejected', ['note'])} />,
    );

    expect(
      screen.getByText('Feltet »note« ser ud til at indeholde et CPR-nummer.'),
    ).toBeInTheDocument();
  });

  it('names the rejected field in English', async () => {
    await i18n.changeLanguage('en');

    renderWithProviders(<ProblemAlert error={validationFailed('validation-failed', ['size'])} />);

    expect(screen.getByText('The value in the field “size” is not valid.')).toBeInTheDocument();
    expect(
      screen.getByText('Some of the information is not valid. Correct it and try again.'),
    ).toBeInTheDocument();
  });

  it.each([
    ['method-not-allowed', 405, 'Handlingen kan ikke udføres her. Opdater siden, og prøv igen.'],
    ['not-acceptable', 406, 'Serveren kan ikke svare i et format, som portalen kan læse.'],
    ['unsupported-media-type', 415, 'Serveren kan ikke læse det, portalen sendte.'],
  ] as const)('says what to do about %s', (key, status, message) => {
    renderWithProviders(<ProblemAlert error={new ProblemError(key, status)} />);

    expect(screen.getByRole('alert')).toHaveTextContent(message);
  });
});
