import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  BALLERUP_ID,
  BALLERUP_NAME,
  reportingDue,
  SECOND_INDICATOR_ID,
} from '../../test/dashboard-fixtures';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, HERLEV_NAME, me, page, summary } from '../../test/fixtures';
import { AREA, INDICATOR_ID } from '../../test/indicator-fixtures';
import { renderRoute } from '../../test/render';
import { groupByPartnership } from './group-by-partnership';

const REPORTING = '/api/v1/me/reporting';
const BALLERUP_INDICATOR_ID = '40000000-0000-4000-8000-000000000003';

const DUE = [
  reportingDue(),
  reportingDue({
    partnershipId: BALLERUP_ID,
    partnershipName: BALLERUP_NAME,
    indicatorId: BALLERUP_INDICATOR_ID,
    code: 'B-01',
    name: 'Nabohjælpere',
    period: '2026-11',
    missingAreas: [AREA.ballerup],
  }),
  reportingDue({
    indicatorId: SECOND_INDICATOR_ID,
    code: 'IND-02',
    name: 'Tryghedsindeks',
    period: '2025',
    missingAreas: [AREA.herlev],
  }),
];

function itemsOf(section: HTMLElement): HTMLElement[] {
  return within(section)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement?.closest('li') === null);
}

describe('MyReportingPage', () => {
  it('opens from the main menu, after my follow-up items', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': page([summary()]),
      [`GET ${REPORTING}`]: [],
    });
    const { user, router } = renderRoute('/partnerskaber');

    const navigation = screen.getByRole('navigation', { name: 'Hovedmenu' });
    const links = within(navigation)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links.indexOf('Min indberetning')).toBe(links.indexOf('Mine opfølgningspunkter') + 1);
    await user.click(within(navigation).getByRole('link', { name: 'Min indberetning' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Min indberetning' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/indberetning');
    expect(within(navigation).getByRole('link', { name: 'Min indberetning' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await waitFor(() => expect(document.title).toBe('Min indberetning – Partnerskabsportalen'));
  });

  it('lists what is due by partnership, with the period in Danish, the missing areas and a link to enter values', async () => {
    fakeApi({ 'GET /api/v1/me': me(), [`GET ${REPORTING}`]: DUE });

    renderRoute('/indberetning');

    expect(await screen.findByText('Du mangler at indberette til 3 indikatorer.')).toBeVisible();
    // By name: "Partnerskab for …" comes before "Partnerskabsaftale for …".
    expect(screen.getAllByRole('region')).toEqual([
      screen.getByRole('region', { name: BALLERUP_NAME }),
      screen.getByRole('region', { name: HERLEV_NAME }),
    ]);

    const herlev = screen.getByRole('region', { name: HERLEV_NAME });
    expect(within(herlev).getByRole('link', { name: HERLEV_NAME })).toHaveAttribute(
      'href',
      `/partnerskaber/${HERLEV_ID}`,
    );
    // One form per period that is due, for all of the partnership's indicators at once.
    expect(
      within(herlev)
        .getAllByRole('link', { name: /^Indberet perioden/ })
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Indberet perioden 3. kvartal 2026', `/partnerskaber/${HERLEV_ID}/indberetning/2026-Q3`],
      ['Indberet perioden 2025', `/partnerskaber/${HERLEV_ID}/indberetning/2025`],
    ]);
    const [burglaries, safety] = itemsOf(herlev);
    expect(
      within(burglaries).getByRole('link', { name: 'IND-01 Anmeldte indbrud i private hjem' }),
    ).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/indikatorer/${INDICATOR_ID}`);
    expect(burglaries).toHaveTextContent('Periode: 3. kvartal 2026');
    const missing = within(burglaries).getByRole('list', {
      name: 'Mangler værdier for 2 områder:',
    });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ballerup', 'Gladsaxe']);
    expect(safety).toHaveTextContent('Periode: 2025');
    expect(
      within(safety).getByRole('list', { name: 'Mangler værdi for 1 område:' }),
    ).toHaveTextContent('Herlev');

    const ballerup = screen.getByRole('region', { name: BALLERUP_NAME });
    const [helpers] = itemsOf(ballerup);
    expect(within(helpers).getByRole('link', { name: 'B-01 Nabohjælpere' })).toHaveAttribute(
      'href',
      `/partnerskaber/${BALLERUP_ID}/indikatorer/${BALLERUP_INDICATOR_ID}`,
    );
    expect(helpers).toHaveTextContent('Periode: november 2026');
  });

  it('writes the periods in English when English is chosen', async () => {
    fakeApi({ 'GET /api/v1/me': me(), [`GET ${REPORTING}`]: DUE });
    const { user } = renderRoute('/indberetning');
    await screen.findByText('Du mangler at indberette til 3 indikatorer.');

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My reporting' })).toBeVisible();
    expect(screen.getByText('Period: Q3 2026')).toBeVisible();
    expect(screen.getByText('Period: November 2026')).toBeVisible();
    expect(screen.getByRole('list', { name: 'Missing values for 2 areas:' })).toBeVisible();
  });

  it('says when there is nothing left to report', async () => {
    fakeApi({ 'GET /api/v1/me': me(), [`GET ${REPORTING}`]: [] });

    renderRoute('/indberetning');

    expect(await screen.findByText('Du mangler ikke at indberette noget.')).toBeVisible();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('shows that it is loading, and an error with a retry that loads it again', async () => {
    let release: () => void = () => undefined;
    let calls = 0;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${REPORTING}`]: () => {
        calls += 1;
        if (calls === 1) {
          return new Promise<Response>((resolve) => {
            release = () => resolve(problem('internal', 500));
          });
        }
        return json([reportingDue()]);
      },
    });
    const { user } = renderRoute('/indberetning');

    expect(await screen.findByText('Indlæser, hvad du mangler at indberette …')).toBeVisible();
    release();
    expect(await screen.findByText('Noget gik galt')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));

    expect(await screen.findByText('Du mangler at indberette til 1 indikator.')).toBeVisible();
  });
});

describe('groupByPartnership', () => {
  it('keeps the API’s order inside a partnership and orders partnerships by Danish name', () => {
    const items = [
      reportingDue({ partnershipId: 'b', partnershipName: 'Åbyhøj', code: 'Å-1' }),
      reportingDue({ partnershipId: 'a', partnershipName: 'Zealand', code: 'Z-2' }),
      reportingDue({ partnershipId: 'b', partnershipName: 'Åbyhøj', code: 'Å-0' }),
    ];

    const groups = groupByPartnership(items, 'da');

    expect(groups.map((group) => group.partnershipName)).toEqual(['Zealand', 'Åbyhøj']);
    expect(groups[1].items.map((item) => item.code)).toEqual(['Å-1', 'Å-0']);
  });
});
