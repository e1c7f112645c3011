import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:5173').replace(/\/+$/, '');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** A fresh Chromium with its own profile, so no Keycloak session carries over between users. */
export async function openBrowser(): Promise<Browser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'partnerskab-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    // Without transitions axe never measures a dialog's colours halfway through its fade-in.
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the SPA, which sends the browser to Keycloak's login page, and signs in there. */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${BASE_URL}/`);
  await page.locator('#username').waitFor();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL(`${BASE_URL}/partnerskaber`);
}

/** WCAG 2 A and AA violations on the page, as readable lines (empty when there are none). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/**
 * Opens one of a partnership's pages from its tabs, or from the "Mere" menu when its tab did not
 * fit on the line.
 */
export async function openPartnershipTab(page: Page, name: string): Promise<void> {
  const tabs = page.getByRole('main').getByRole('navigation', { name: 'Partnerskabet' });
  await tabs.waitFor();
  const tab = tabs.getByRole('link', { name, exact: true });
  if ((await tab.count()) > 0) {
    await tab.click();
    return;
  }
  await tabs.getByRole('button', { name: /^Mere/ }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
}

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/**
 * What a user sees, for the documentation: the page at 1280 px and at a phone's 390 px, written
 * to docs/screenshots/NAME-1280.png and NAME-390.png. The viewport is put back afterwards.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const before = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    // Let layout that measures itself (the tab overflow, the chart) settle at the new width.
    await page.waitForTimeout(300);
    // A full-page picture draws the sticky header where the page is scrolled to: start at the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(before);
}

export const HERLEV_PARTNERSHIP =
  'Partnerskabsaftale for forebyggelse af bandekriminalitet og øget tryghed i Herlev, Ballerup og Gladsaxe';

/** Opens the Herlev partnership from "Mine partnerskaber", and one of its pages when named. */
export async function openHerlevPartnership(page: Page, tab?: string): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Mine partnerskaber' })
    .click();
  const main = page.getByRole('main');
  await main.getByRole('link', { name: HERLEV_PARTNERSHIP, exact: true }).click();
  await main.getByRole('heading', { level: 1, name: HERLEV_PARTNERSHIP }).waitFor();
  if (tab) await openPartnershipTab(page, tab);
  return main;
}

/** Opens one of the Herlev partnership's upcoming meetings by its title. */
export async function openUpcomingMeeting(page: Page, title: string): Promise<Locator> {
  const main = await openHerlevPartnership(page, 'Møder');
  await main
    .getByRole('list', { name: 'Kommende møder' })
    .getByRole('link', { name: title })
    .click();
  await main.getByRole('heading', { level: 2, name: title }).waitFor();
  return main;
}
