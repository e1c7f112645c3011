import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../test/fake-api';
import { me, page, summary } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import type { CalendarFeedView } from './use-calendar-feed';

const FEED = '/api/v1/me/calendar-feed';
const FIRST_URL = 'https://api.example/api/v1/calendar-feeds/aaaaaaaaaaaaaaaaaaaaaaaa.ics';
const SECOND_URL = 'https://api.example/api/v1/calendar-feeds/bbbbbbbbbbbbbbbbbbbbbbbb.ics';

const NONE: CalendarFeedView = { active: false, url: null, createdAt: null, lastUsedAt: null };
const ACTIVE: CalendarFeedView = {
  active: true,
  url: null,
  createdAt: '2027-01-04T08:15:00Z',
  lastUsedAt: '2027-03-02T12:40:00Z',
};

describe('CalendarFeedPage', () => {
  it('is reached from the menu and explains the address', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': page([summary()]),
      [`GET ${FEED}`]: NONE,
    });
    const { user, router } = renderRoute('/partnerskaber');

    const navigation = screen.getByRole('navigation', { name: 'Hovedmenu' });
    await user.click(within(navigation).getByRole('link', { name: 'Kalenderabonnement' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kalenderabonnement' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/kalender');
    expect(within(navigation).getByRole('link', { name: 'Kalenderabonnement' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(
      screen.getByText(/Outlook, Google Kalender eller kalenderen på din iPhone/),
    ).toBeVisible();
    expect(screen.getByText(/hold den hemmelig/)).toBeVisible();
    expect(await screen.findByText('Du har ikke et kalenderabonnement.')).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Kalenderabonnement – Partnerskabsportalen'));
  });

  it('makes an address and shows it once, ready to copy', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${FEED}`]: NONE,
      [`POST ${FEED}`]: () =>
        json(
          { active: true, url: FIRST_URL, createdAt: '2027-03-10T09:05:00Z', lastUsedAt: null },
          201,
        ),
    });
    const { user } = renderRoute('/kalender');

    await user.click(await screen.findByRole('button', { name: 'Lav adresse' }));

    const address = await screen.findByRole('textbox', { name: 'Din kalenderadresse' });
    expect(address).toHaveValue(FIRST_URL);
    expect(address).toHaveAttribute('readonly');
    expect(address).toHaveFocus();
    expect(address).toHaveAccessibleDescription(expect.stringContaining('Adressen vises kun nu.'));
    expect(screen.getByText('Du har et aktivt kalenderabonnement.')).toBeVisible();
    expect(screen.getByText('Adressen blev lavet 10. marts 2027 kl. 10.05.')).toBeVisible();
    expect(screen.getByText('Intet kalenderprogram har brugt adressen endnu.')).toBeVisible();
    expect(screen.getByText('Den nye adresse er lavet.')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Kopiér adresse' }));

    expect(await navigator.clipboard.readText()).toBe(FIRST_URL);
    expect(await screen.findByRole('button', { name: 'Kopieret' })).toBeVisible();
    expect(screen.getByText('Adressen er kopieret.')).toBeInTheDocument();
  });

  it('shows when an active feed was made and last used, without its address', async () => {
    fakeApi({ 'GET /api/v1/me': me(), [`GET ${FEED}`]: ACTIVE });
    renderRoute('/kalender');

    expect(await screen.findByText('Du har et aktivt kalenderabonnement.')).toBeVisible();
    expect(screen.getByText('Adressen blev lavet 4. januar 2027 kl. 09.15.')).toBeVisible();
    expect(
      screen.getByText('Et kalenderprogram hentede senest møderne 2. marts 2027 kl. 13.40.'),
    ).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Din kalenderadresse' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lav ny adresse' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Stop abonnement' })).toBeVisible();
  });

  it('asks before replacing the address, since the old one stops working', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${FEED}`]: ACTIVE,
      [`POST ${FEED}`]: () =>
        json(
          { active: true, url: SECOND_URL, createdAt: '2027-03-10T09:05:00Z', lastUsedAt: null },
          201,
        ),
    });
    const { user } = renderRoute('/kalender');

    await user.click(await screen.findByRole('button', { name: 'Lav ny adresse' }));
    let dialog = await screen.findByRole('dialog', { name: 'Lav ny adresse' });
    expect(dialog).toHaveTextContent('Den nuværende adresse holder op med at virke med det samme.');
    await user.click(within(dialog).getByRole('button', { name: 'Annuller' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Lav ny adresse' }));
    dialog = await screen.findByRole('dialog', { name: 'Lav ny adresse' });
    await user.click(within(dialog).getByRole('button', { name: 'Lav ny adresse' }));

    const address = await screen.findByRole('textbox', { name: 'Din kalenderadresse' });
    expect(address).toHaveValue(SECOND_URL);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(address).toHaveFocus());
    expect(screen.getByText('Intet kalenderprogram har brugt adressen endnu.')).toBeVisible();
  });

  it('stops the subscription after asking', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${FEED}`]: ACTIVE,
      [`DELETE ${FEED}`]: () => new Response(null, { status: 204 }),
    });
    const { user } = renderRoute('/kalender');

    await user.click(await screen.findByRole('button', { name: 'Stop abonnement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stop abonnement' });
    expect(dialog).toHaveTextContent('Adressen holder op med at virke med det samme');
    await user.click(within(dialog).getByRole('button', { name: 'Stop abonnement' }));

    expect(await screen.findByText('Du har ikke et kalenderabonnement.')).toBeVisible();
    expect(requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Lav adresse' })).toBeVisible();
    expect(
      screen.getByText('Abonnementet er stoppet. Adressen virker ikke længere.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Kalenderabonnement' })).toHaveFocus(),
    );
  });

  it('says in the dialog when the subscription could not be stopped', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${FEED}`]: ACTIVE,
      [`DELETE ${FEED}`]: () => problem('internal', 500),
    });
    const { user } = renderRoute('/kalender');

    await user.click(await screen.findByRole('button', { name: 'Stop abonnement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stop abonnement' });
    await user.click(within(dialog).getByRole('button', { name: 'Stop abonnement' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Abonnementet blev ikke stoppet');
    expect(alert).toHaveTextContent('Der opstod en fejl hos os.');
  });

  it('says when no address could be made', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${FEED}`]: NONE,
      [`POST ${FEED}`]: () => problem('forbidden', 403),
    });
    const { user } = renderRoute('/kalender');

    await user.click(await screen.findByRole('button', { name: 'Lav adresse' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Adressen blev ikke lavet');
    expect(alert).toHaveTextContent('Du har ikke adgang til dette.');
    expect(screen.queryByRole('textbox', { name: 'Din kalenderadresse' })).not.toBeInTheDocument();
  });

  it('says when the subscription cannot be loaded, and tries again', async () => {
    let failing = true;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${FEED}`]: () => (failing ? problem('internal', 500) : json(NONE)),
    });
    const { user } = renderRoute('/kalender');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kalenderabonnementet kunne ikke hentes');
    expect(screen.queryByRole('button', { name: 'Lav adresse' })).not.toBeInTheDocument();

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));

    expect(await screen.findByRole('button', { name: 'Lav adresse' })).toBeVisible();
  });
});
