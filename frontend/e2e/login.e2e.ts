import { afterEach, describe, expect, it } from 'vitest';
import { accessibilityViolations, logIn, openBrowser, type Browser } from './browser';

const HERLEV_PARTNERSHIP =
  'Partnerskabsaftale for forebyggelse af bandekriminalitet og øget tryghed i Herlev, Ballerup og Gladsaxe';
const FURESOE_PARTNERSHIP = 'Trygt Furesø';

const DETAIL_SECTIONS = [
  'Formål',
  'Bærende principper',
  'Parter og underskrivere',
  'Aftaleperioder',
  'Formandskab',
  'Indsatsområder',
  'Milepæle',
];

describe('logging in through Keycloak', () => {
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it('shows a Herlev member their partnership, and only theirs, in Danish and English, then logs out', async () => {
    browser = await openBrowser();
    const { page } = browser;

    await logIn(page, 'herlev', 'herlev');

    const main = page.getByRole('main');
    const banner = page.getByRole('banner');
    await main.getByRole('heading', { level: 1, name: 'Mine partnerskaber' }).waitFor();
    const herlevLink = main.getByRole('link', { name: HERLEV_PARTNERSHIP, exact: true });
    await herlevLink.waitFor();
    await banner.getByText('Herlev Kommune', { exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await banner.getByRole('button', { name: 'Log ud' }).isVisible()).toBe(true);
    expect(await main.getByText(FURESOE_PARTNERSHIP).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await herlevLink.click();

    await main.getByRole('heading', { level: 1, name: HERLEV_PARTNERSHIP }).waitFor();
    expect(page.url()).toMatch(/\/partnerskaber\/[0-9a-f-]{36}$/);
    for (const section of DETAIL_SECTIONS) {
      const heading = main.getByRole('heading', { level: 2, name: section, exact: true });
      expect(await heading.isVisible(), `section ${section}`).toBe(true);
    }
    expect(await page.title()).toBe(`${HERLEV_PARTNERSHIP} – Partnerskabsportalen`);
    expect(await accessibilityViolations(page)).toEqual([]);

    await main.getByRole('link', { name: 'Tilbage til mine partnerskaber' }).click();
    await herlevLink.waitFor();
    // The radio input itself is hidden under its label, which is what a user clicks.
    await banner.getByText('English', { exact: true }).click();

    await main.getByRole('heading', { level: 1, name: 'My partnerships' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('My partnerships – Partnerskabsportalen');
    expect(await herlevLink.isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await banner.getByRole('button', { name: 'Log out' }).click();

    await page.locator('#username').waitFor();
    expect(page.url()).toContain('/realms/partnerskab/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('shows a Furesø member only Trygt Furesø', async () => {
    browser = await openBrowser();
    const { page } = browser;

    await logIn(page, 'furesoe', 'furesoe');

    const main = page.getByRole('main');
    const partnerships = main.getByRole('list', { name: 'Partnerskaber' });
    await partnerships.getByRole('link', { name: FURESOE_PARTNERSHIP }).first().waitFor();
    expect(await partnerships.getByRole('heading', { level: 2 }).count()).toBe(1);
    expect(await main.getByText(HERLEV_PARTNERSHIP).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
