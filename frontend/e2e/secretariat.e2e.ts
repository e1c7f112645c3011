import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  logIn,
  openBrowser,
  openPartnershipTab,
  type Browser,
} from './browser';

const HERLEV_PARTNERSHIP =
  'Partnerskabsaftale for forebyggelse af bandekriminalitet og øget tryghed i Herlev, Ballerup og Gladsaxe';
/** Focus area 4 of the agreement, as the demo data has it. */
const FOCUS_AREA = 'Dialog og kommunikation';
const CONFLICT_MESSAGE =
  'Nogen har ændret dette, mens du redigerede. Genindlæs for at se den nyeste version – dine ændringer er ikke gemt.';

/** Unique per run, so a run never mistakes what an earlier run left behind for its own work. */
const RUN = Date.now().toString(36);
const MARKER = `[e2e ${RUN}]`;
const NEW_MEMBER = `e2e-${RUN}@partnerskab.example`;

async function openHerlevPartnership(page: Page): Promise<Locator> {
  const main = page.getByRole('main');
  await main.getByRole('link', { name: HERLEV_PARTNERSHIP, exact: true }).click();
  await main.getByRole('heading', { level: 1, name: HERLEV_PARTNERSHIP }).waitFor();
  await main.getByRole('heading', { level: 2, name: 'Indsatsområder' }).waitFor();
  return main;
}

function focusAreaItem(main: Locator): Locator {
  return main
    .getByRole('region', { name: 'Indsatsområder' })
    .getByRole('listitem')
    .filter({ has: main.page().getByRole('heading', { level: 3, name: FOCUS_AREA, exact: true }) });
}

/** The demo agreement's last term and chair period end on 31 December 2027. */
const RENEWAL_START = '2028-01-01';
const RENEWAL_END = '2029-12-31';

function termRow(main: Locator): Locator {
  return main
    .getByRole('table', { name: 'Aftaleperioder' })
    .getByRole('row')
    .filter({ hasText: '31. december 2029' });
}

function chairRow(main: Locator): Locator {
  return main
    .getByRole('table', { name: 'Formandskab' })
    .getByRole('row')
    .filter({ hasText: 'Ballerup Kommune' })
    .filter({ hasText: '2029' });
}

async function openFocusAreaEditor(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: `Rediger »${FOCUS_AREA}«` }).click();
  const dialog = page.getByRole('dialog', { name: 'Rediger indsatsområde' });
  await dialog.waitFor();
  return dialog;
}

async function appendToDescription(dialog: Locator, text: string): Promise<void> {
  const description = dialog.getByRole('textbox', { name: 'Beskrivelse' });
  await description.fill(`${await description.inputValue()} ${text}`);
}

describe('the secretariat keeps the agreement', () => {
  let browser: Browser | undefined;
  let other: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    await other?.close();
    browser = undefined;
    other = undefined;
  });

  // Six pages checked with axe and four dialogs: more than the suite's default minute on a busy machine.
  it(
    'edits a focus area, renews the agreement, sets the next chair and adds a member, and finds it all',
    { timeout: 180_000 },
    async () => {
      browser = await openBrowser();
      const { page } = browser;
      await logIn(page, 'sekretariat', 'sekretariat');
      await page.getByRole('main').getByRole('link', { name: HERLEV_PARTNERSHIP }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      const main = await openHerlevPartnership(page);
      expect(await main.getByRole('link', { name: 'Rediger aftalen' }).isVisible()).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);

      const dialog = await openFocusAreaEditor(page);
      await appendToDescription(dialog, MARKER);
      expect(await accessibilityViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Gem' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await focusAreaItem(main).getByText(MARKER).waitFor();

      // Renewal and the next chair are both prefilled from the periods before them.
      await main.getByRole('button', { name: 'Forny aftalen' }).click();
      const renewal = page.getByRole('dialog', { name: 'Forny aftalen' });
      expect(await renewal.getByLabel('Startdato').inputValue()).toBe(RENEWAL_START);
      await renewal.getByLabel('Slutdato').fill(RENEWAL_END);
      expect(await accessibilityViolations(page)).toEqual([]);
      await renewal.getByRole('button', { name: 'Gem' }).click();
      await renewal.waitFor({ state: 'hidden' });
      await termRow(main).waitFor();

      await main.getByRole('button', { name: 'Sæt næste formandskab' }).click();
      const nextChair = page.getByRole('dialog', { name: 'Sæt næste formandskab' });
      expect(await nextChair.getByLabel('Fra og med').inputValue()).toBe(RENEWAL_START);
      expect(await nextChair.getByLabel('Til og med').inputValue()).toBe(RENEWAL_END);
      await nextChair
        .getByRole('combobox', { name: 'Organisation' })
        .selectOption({ label: 'Ballerup Kommune' });
      expect(await accessibilityViolations(page)).toEqual([]);
      await nextChair.getByRole('button', { name: 'Gem' }).click();
      await nextChair.waitFor({ state: 'hidden' });
      await chairRow(main).waitFor();

      await openPartnershipTab(page, 'Medlemmer');
      await main.getByRole('heading', { level: 2, name: 'Medlemmer' }).waitFor();
      await main.getByRole('table', { name: 'Medlemmer' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await main.getByRole('button', { name: 'Tilføj medlem' }).click();
      const addMember = page.getByRole('dialog', { name: 'Tilføj medlem' });
      await addMember.getByRole('textbox', { name: 'E-mail' }).fill(NEW_MEMBER);
      await addMember.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Medlem' });
      expect(await accessibilityViolations(page)).toEqual([]);
      await addMember.getByRole('button', { name: 'Tilføj' }).click();
      await addMember.waitFor({ state: 'hidden' });
      const row = main.getByRole('row').filter({ hasText: NEW_MEMBER });
      await row.waitFor();
      expect(await row.getByText('Inviteret').isVisible()).toBe(true);
      expect(await row.getByText('Medlem', { exact: true }).isVisible()).toBe(true);

      await openPartnershipTab(page, 'Historik');
      const history = main.getByRole('list', { name: 'Historik' });
      const memberAdded = history
        .getByRole('listitem')
        .filter({ hasText: `Lene Bøgh Andersen tilføjede medlemmet »${NEW_MEMBER}«` });
      await memberAdded.waitFor();
      const focusAreaChanged = history
        .getByRole('listitem')
        .filter({ hasText: `Lene Bøgh Andersen ændrede indsatsområdet »4. ${FOCUS_AREA}«` })
        .first();
      await focusAreaChanged.getByRole('button', { name: 'Vis ændringer' }).click();
      await focusAreaChanged.getByRole('table').getByText(MARKER).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );

  it('shows a Herlev member the changes, and no controls to change anything', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'herlev', 'herlev');

    const main = await openHerlevPartnership(page);

    await focusAreaItem(main).getByText(MARKER).waitFor();
    await termRow(main).waitFor();
    await chairRow(main).waitFor();
    expect(await main.getByRole('link', { name: 'Rediger aftalen' }).count()).toBe(0);
    for (const name of [
      /^Rediger/,
      /^Slet/,
      /^Flyt/,
      /^Tilføj/,
      /^Skift status/,
      /^Forny/,
      /^Sæt næste/,
      /^Upload/,
      /^Fjern/,
    ]) {
      expect(await main.getByRole('button', { name }).count(), String(name)).toBe(0);
    }
    expect(await accessibilityViolations(page)).toEqual([]);

    await openPartnershipTab(page, 'Medlemmer');
    await main.getByRole('table', { name: 'Medlemmer' }).waitFor();
    expect(await main.getByRole('button', { name: /^(Tilføj|Rediger|Fjern)/ }).count()).toBe(0);
  });

  it('tells the second of two editors of one focus area that the first one saved meanwhile', async () => {
    browser = await openBrowser();
    const first = browser.page;
    await logIn(first, 'sekretariat', 'sekretariat');
    await openHerlevPartnership(first);
    // A second tab in the same browser: the Keycloak session signs it in without a form.
    const second = await browser.context.newPage();
    await second.goto(first.url());
    await second.getByRole('heading', { level: 1, name: HERLEV_PARTNERSHIP }).waitFor();

    const firstDialog = await openFocusAreaEditor(first);
    const secondDialog = await openFocusAreaEditor(second);
    const firstText = `[e2e ${RUN} først]`;
    await appendToDescription(firstDialog, firstText);
    await firstDialog.getByRole('button', { name: 'Gem' }).click();
    await firstDialog.waitFor({ state: 'hidden' });

    await appendToDescription(secondDialog, `[e2e ${RUN} sidst]`);
    await secondDialog.getByRole('button', { name: 'Gem' }).click();

    const conflict = secondDialog.getByRole('alert');
    await conflict.getByText(CONFLICT_MESSAGE).waitFor();
    expect(await secondDialog.isVisible()).toBe(true);
    expect(await accessibilityViolations(second)).toEqual([]);

    await conflict.getByRole('button', { name: 'Genindlæs' }).click();
    await conflict.waitFor({ state: 'detached' });
    const description = secondDialog.getByRole('textbox', { name: 'Beskrivelse' });
    expect(await description.inputValue()).toContain(firstText);
    expect(await description.inputValue()).not.toContain('sidst]');
  });
});
