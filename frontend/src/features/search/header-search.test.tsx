import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../test/fake-api';
import { HERLEV_ID, HERLEV_NAME, me, page, summary } from '../../test/fixtures';
import { renderRoute } from '../../test/render';

const EMPTY_PAGE = { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 };
const HIT = {
  kind: 'AGENDA_ITEM',
  id: '31000000-0000-4000-8000-000000000002',
  partnershipId: HERLEV_ID,
  partnershipName: HERLEV_NAME,
  meetingId: '30000000-0000-4000-8000-000000000001',
  meetingTitle: 'Partnerskabsmøde – 1. kvartal 2027',
  meetingStartsAt: '2027-03-09T13:00:00+01:00',
  agendaItemId: '31000000-0000-4000-8000-000000000002',
  title: 'Tryghedsvandringer i Sydby',
  excerpt: 'Drøftelse af tryghedsvandringer i Sydby.',
};

describe('HeaderSearch', () => {
  it('searches from the header and opens the search page with the words in the address', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': page([summary()]),
      'GET /api/v1/search': { ...EMPTY_PAGE, items: [HIT], totalItems: 1, totalPages: 1 },
    });
    const { user, router } = renderRoute('/partnerskaber');

    const header = within(screen.getByRole('banner')).getByRole('search', {
      name: 'Hurtig søgning',
    });
    await user.type(
      within(header).getByRole('searchbox', {
        name: 'Søg i møder, mål, indikatorer, indsatser, forslag, arbejdsgrupper og aftaler',
      }),
      'tryghed vandring{Enter}',
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Søg' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/soeg');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('tryghed vandring');
    expect(await screen.findByRole('link', { name: 'Tryghedsvandringer i Sydby' })).toBeVisible();
    const search = requests.find((request) => request.url.includes('/api/v1/search'));
    expect(new URL(search!.url).searchParams.get('q')).toBe('tryghed vandring');
    // The search page's own field takes over from the header's.
    expect(screen.getAllByRole('search')).toHaveLength(1);
    expect(
      screen.getByRole('searchbox', {
        name: 'Søg i møder, mål, indikatorer, indsatser, forslag, arbejdsgrupper og aftaler',
      }),
    ).toHaveValue('tryghed vandring');
  });

  it('opens the search page with the button as well', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': page([summary()]),
      'GET /api/v1/search': EMPTY_PAGE,
    });
    const { user, router } = renderRoute('/partnerskaber');

    const header = within(screen.getByRole('banner')).getByRole('search', {
      name: 'Hurtig søgning',
    });
    await user.type(within(header).getByRole('searchbox'), 'referat');
    await user.click(within(header).getByRole('button', { name: 'Søg' }));

    expect(
      await screen.findByRole('heading', { name: 'Ingen resultater for »referat«' }),
    ).toBeVisible();
    expect(router.state.location.search).toBe('?q=referat');
  });

  it('is in the main menu, marked as the current page on the search page', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': page([summary()]),
    });
    const { user, router } = renderRoute('/partnerskaber');

    const navigation = screen.getByRole('navigation', { name: 'Hovedmenu' });
    await user.click(within(navigation).getByRole('link', { name: 'Søg' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Søg' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/soeg');
    expect(within(navigation).getByRole('link', { name: 'Søg' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
