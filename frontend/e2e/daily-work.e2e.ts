import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  logIn,
  openHerlevPartnership,
  openUpcomingMeeting,
  openBrowser,
  openPartnershipTab,
  screenshot,
  type Browser,
} from './browser';

/** Unique per run, so a run never mistakes what an earlier run left behind for its own work. */
const RUN = Date.now().toString(36);
const MEETING = `Ad hoc-møde om hærværk ${RUN}`;
const MINUTES = `Politiet og kommunerne aftalte fælles vandringer ${RUN}.`;
const REVISED = `Vandringerne udvides til Skovlunde ${RUN}.`;
const COMMENT = `Husk også Skovlunde [${RUN}]`;
const CODE = `TRYG-${RUN}`.slice(0, 30);
const INDICATOR = `Tryghed i boligområderne ${RUN}`;
const YEAR = new Date().getFullYear();

function todayInCopenhagen(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

/** The month before this one, as the API writes it (yyyy-mm), in Copenhagen. */
function lastMonth(): { period: string; next: string } {
  const [year, month] = todayInCopenhagen().split('-').map(Number);
  const previous = month === 1 ? [year - 1, 12] : [year, month - 1];
  const pad = (n: number) => String(n).padStart(2, '0');
  return { period: `${previous[0]}-${pad(previous[1])}`, next: `${year}-${pad(month)}` };
}

/** "november 2026", as the SPA writes a month. */
function monthInDanish(period: string): string {
  const [year, month] = period.split('-').map(Number);
  const name = new Intl.DateTimeFormat('da-DK', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  return `${name} ${year}`;
}

function openMeeting(page: Page): Promise<Locator> {
  return openUpcomingMeeting(page, MEETING);
}

function indicatorRow(main: Locator): Locator {
  return main
    .getByRole('table', { name: 'Indikatorer efter kode' })
    .getByRole('row')
    .filter({ has: main.page().getByRole('link', { name: INDICATOR }) });
}

describe('the secretariat minutes an ad-hoc meeting and works a comment in', () => {
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it(
    'plans a meeting for today, writes the minutes in meeting mode before any agenda is sent, records who is there and sends them for comments',
    { timeout: 240_000 },
    async () => {
      browser = await openBrowser();
      const { page } = browser;
      await logIn(page, 'sekretariat', 'sekretariat');
      const main = await openHerlevPartnership(page, 'Møder');
      await main.getByRole('button', { name: 'Planlæg møde' }).click();
      const plan = page.getByRole('dialog', { name: 'Planlæg møde' });
      await plan.getByRole('textbox', { name: 'Titel' }).fill(MEETING);
      await plan.getByLabel('Dato').fill(todayInCopenhagen());
      await plan.getByLabel('Starttidspunkt').fill('07:00');
      expect(await accessibilityViolations(page)).toEqual([]);
      await plan.getByRole('button', { name: 'Planlæg møde' }).click();
      await plan.waitFor({ state: 'hidden' });
      // The new meeting opens at once.
      await main.getByRole('heading', { level: 2, name: MEETING }).waitFor();
      await main.getByRole('button', { name: 'Brug standarddagsorden' }).click();
      await main.getByText('Godkendelse af referat fra sidste møde').waitFor();
      // Each item says when it starts, counted from the meeting's start.
      await main.getByText('kl. 07.00').first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await main.getByRole('link', { name: 'Åbn mødetilstand' }).click();
      const items = main.getByRole('navigation', { name: 'Dagsordenspunkter' });
      await items.getByRole('link', { name: '3. Nyt fra parterne' }).click();
      await main.getByRole('heading', { name: 'Punkt 3: Nyt fra parterne' }).waitFor();
      const minutes = main.getByRole('textbox', { name: 'Referat' });
      await minutes.click();
      await minutes.pressSequentially(MINUTES);
      await main.getByText(/^Gemt kl\./).waitFor();

      await main.getByRole('button', { name: 'Registrér fremmøde' }).click();
      const register = main.getByRole('region', { name: 'Fremmøde' });
      await register.getByRole('button', { name: 'Inviter medlemmer' }).click();
      await register
        .getByRole('button', { name: /^(Søren Holmgaard|Demodata: Herlev) er til stede$/ })
        .click();
      await register.getByText(/^1 til stede/).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'meeting-mode');

      // Marking the meeting held needs the agenda out; an ad-hoc meeting sends it afterwards.
      await main.getByRole('link', { name: 'Tilbage til mødet' }).click();
      await main.getByRole('heading', { level: 2, name: MEETING }).waitFor();
      await main.getByRole('button', { name: 'Udsend dagsorden' }).click();
      const publish = page.getByRole('dialog', { name: 'Udsend dagsorden' });
      // The dialog says who gets the e-mail before it goes.
      await publish
        .getByText(/Herlev Kommune/)
        .first()
        .waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await publish.getByRole('button', { name: 'Udsend' }).click();
      await publish.waitFor({ state: 'hidden' });
      await main.getByRole('button', { name: 'Markér som afholdt' }).click();
      const held = page.getByRole('dialog', { name: 'Markér som afholdt' });
      await held.getByRole('button', { name: 'Markér som afholdt' }).click();
      await held.waitFor({ state: 'hidden' });

      await main.getByRole('button', { name: 'Send til kommentering' }).click();
      const send = page.getByRole('dialog', { name: 'Send til kommentering' });
      await send.getByRole('button', { name: 'Send' }).click();
      await send.waitFor({ state: 'hidden' });
      await main.getByText('Referat: Til kommentering').waitFor();
    },
  );

  it('Herlev comments on the minutes', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'herlev', 'herlev');
    const main = await openMeeting(page);
    await main.getByText(MINUTES).waitFor();
    await main.getByRole('button', { name: 'Kommenter referatet af »Nyt fra parterne«' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kommenter »Nyt fra parterne«' });
    await dialog.getByRole('textbox', { name: 'Kommentar' }).fill(COMMENT);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Send kommentar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await main.getByText(COMMENT).waitFor();
  });

  it(
    'the secretariat takes the minutes back, works the comment in, marks it handled and publishes',
    { timeout: 180_000 },
    async () => {
      browser = await openBrowser();
      const { page } = browser;
      await logIn(page, 'sekretariat', 'sekretariat');
      const main = await openMeeting(page);
      await main.getByText(COMMENT).waitFor();

      await main.getByRole('button', { name: 'Indarbejd kommentarer' }).click();
      const revise = page.getByRole('dialog', { name: 'Indarbejd kommentarer' });
      expect(await accessibilityViolations(page)).toEqual([]);
      await revise.getByRole('button', { name: 'Tag referatet tilbage' }).click();
      await revise.waitFor({ state: 'hidden' });
      await main.getByText('Referat: Kladde').waitFor();

      await main.getByRole('link', { name: 'Åbn mødetilstand' }).click();
      await main
        .getByRole('navigation', { name: 'Dagsordenspunkter' })
        .getByRole('link', { name: '3. Nyt fra parterne' })
        .click();
      await main.getByRole('heading', { name: 'Punkt 3: Nyt fra parterne' }).waitFor();
      // The comment stands beside the item's minutes.
      await main.getByText(COMMENT).waitFor();
      const minutes = main.getByRole('textbox', { name: 'Referat' });
      await minutes.click();
      await page.keyboard.press('End');
      await minutes.pressSequentially(` ${REVISED}`);
      await main.getByText(/^Gemt kl\./).waitFor();
      // The box follows the server's answer, so it is clicked and the answer awaited.
      await main.getByRole('checkbox', { name: 'Markér som håndteret' }).click();
      await main.getByText('Alle kommentarer er håndteret.').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await main.getByRole('link', { name: 'Tilbage til mødet' }).click();
      await main.getByRole('heading', { level: 2, name: MEETING }).waitFor();
      await main.getByRole('button', { name: 'Godkend referatet' }).click();
      const approve = page.getByRole('dialog', { name: 'Godkend referatet' });
      await approve.getByRole('checkbox', { name: 'Godkendt på et møde' }).check();
      await approve.getByRole('button', { name: 'Godkend' }).click();
      await approve.waitFor({ state: 'hidden' });
      await main.getByText('Referat: Godkendt').waitFor();
      await main.getByRole('button', { name: 'Offentliggør referatet' }).click();
      const publish = page.getByRole('dialog', { name: 'Offentliggør referatet' });
      await publish.getByRole('button', { name: 'Offentliggør' }).click();
      await publish.waitFor({ state: 'hidden' });
      await main.getByText('Referat: Offentliggjort').waitFor();
      await main.getByText(REVISED, { exact: false }).first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );
});

describe("a month's figures reported in one go, and what the headline says of them", () => {
  let browser: Browser | undefined;
  const { period, next } = lastMonth();

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it('the secretariat defines a monthly average for the three kommuner, reported by Herlev', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'sekretariat', 'sekretariat');
    const main = await openHerlevPartnership(page, 'Indikatorer');
    await main.getByRole('button', { name: 'Ny indikator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny indikator' });
    await dialog.getByRole('textbox', { name: 'Kode' }).fill(CODE);
    await dialog.getByRole('textbox', { name: 'Navn' }).fill(INDICATOR);
    await dialog.getByRole('textbox', { name: 'Enhed' }).fill('% trygge');
    await dialog.getByRole('radio', { name: 'Højere er bedre' }).check();
    await dialog.getByRole('combobox', { name: 'Hyppighed' }).selectOption({ label: 'Månedlig' });
    await dialog
      .getByRole('combobox', { name: 'Sammentælling' })
      .selectOption({ label: 'Gennemsnit' });
    await dialog.getByRole('textbox', { name: 'Nulpunktets værdi' }).fill('60');
    await dialog.getByRole('textbox', { name: 'Nulpunktets periode' }).fill(`${YEAR - 1}-12`);
    await dialog.getByRole('textbox', { name: 'Målets værdi' }).fill('80');
    await dialog.getByRole('textbox', { name: 'Målets periode' }).fill(`${YEAR + 1}-12`);
    await dialog.getByRole('combobox', { name: 'Ejer' }).selectOption({ label: 'Herlev Kommune' });
    for (const [n, area] of ['Herlev', 'Ballerup', 'Gladsaxe'].entries()) {
      await dialog.getByRole('button', { name: 'Tilføj område' }).click();
      await dialog.getByRole('textbox', { name: `Område ${n + 1}` }).fill(area);
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Opret indikator' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await main.getByRole('link', { name: INDICATOR }).waitFor();
  });

  it(
    'Herlev reports last month for all areas from Min indberetning in one save and sees 3 af 3 områder, then starts on this month',
    { timeout: 180_000 },
    async () => {
      browser = await openBrowser();
      const { page } = browser;
      await logIn(page, 'herlev', 'herlev');
      await page
        .getByRole('navigation', { name: 'Hovedmenu' })
        .getByRole('link', { name: 'Min indberetning' })
        .click();
      const main = page.getByRole('main');
      await main
        .getByRole('link', { name: `Indberet perioden ${monthInDanish(period)}` })
        .first()
        .click();
      const form = main.getByRole('form', { name: `Værdier for ${monthInDanish(period)}` });
      await form.waitFor();
      // The grid is walked by keyboard: Tab moves along the indicator's row of areas.
      await form.getByRole('textbox', { name: `${CODE}, Herlev` }).fill('71');
      await page.keyboard.press('Tab');
      await page.keyboard.type('73');
      await page.keyboard.press('Tab');
      await page.keyboard.type('69,5');
      expect(await form.getByRole('textbox', { name: `${CODE}, Gladsaxe` }).inputValue()).toBe(
        '69,5',
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'data-entry-grid');
      await form.getByRole('button', { name: 'Gem' }).click();
      await main.getByText(`Gemt: 3 værdier for ${monthInDanish(period)}`).waitFor();

      await openPartnershipTab(page, 'Indikatorer');
      await indicatorRow(main).getByText('3 af 3 områder').waitFor();
      expect(await indicatorRow(main).textContent()).not.toContain('Foreløbig');

      // This month: only Herlev so far, which makes the headline preliminary for the others.
      await page.goBack();
      await main.getByRole('form', { name: `Værdier for ${monthInDanish(period)}` }).waitFor();
      await main.getByRole('button', { name: 'Næste periode' }).click();
      const nextForm = main.getByRole('form', { name: `Værdier for ${monthInDanish(next)}` });
      await nextForm.getByRole('textbox', { name: `${CODE}, Herlev` }).fill('78');
      await nextForm.getByRole('button', { name: 'Gem' }).click();
      await main.getByText(`Gemt: 1 værdi for ${monthInDanish(next)}`).waitFor();

      await openPartnershipTab(page, 'Indikatorer');
      const row = indicatorRow(main);
      await row.getByText('Foreløbig: 1 af 3 områder').waitFor();
      await row
        .getByText(`Status for ${monthInDanish(period)}, den seneste periode med alle områder`)
        .waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );

  it("the police see this month's status as preliminary while two areas are missing, and a chart whose axis fits the values", async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'politi', 'politi');
    const main = await openHerlevPartnership(page, 'Indikatorer');
    const row = indicatorRow(main);
    await row.getByText('Foreløbig: 1 af 3 områder').waitFor();
    await row.getByText(/^Foreløbig status: /).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await main.getByRole('link', { name: INDICATOR }).click();
    await main.getByRole('heading', { name: `${CODE} ${INDICATOR}` }).waitFor();
    const chart = main.getByTestId('trend-chart');
    await chart.waitFor();
    const ticks = (
      await chart
        .locator('[data-axis-value]')
        .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-axis-value'))))
    ).sort((a, b) => a - b);
    // Values of 69.5–78 with a baseline of 60 and a target of 80: the axis starts near them, not at 0.
    expect(ticks[0]).toBeGreaterThanOrEqual(50);
    expect(ticks[0]).toBeLessThanOrEqual(60);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(80);
    // The target period is on the time axis.
    expect(await chart.locator(`[data-axis-period="${YEAR + 1}-12"]`).count()).toBe(1);
    // The chart can be reached by keyboard.
    await chart.focus();
    expect(await chart.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'indicator-chart');
  });

  it('the secretariat finds a goal and an indicator by part of a word', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'sekretariat', 'sekretariat');
    const search = page.getByRole('search', { name: 'Hurtig søgning' });
    await search.getByRole('searchbox').fill('tryg');
    await search.getByRole('searchbox').press('Enter');
    const hits = page.getByRole('main').getByRole('list', { name: 'Søgeresultater' });
    await hits
      .getByRole('listitem')
      .filter({ hasText: 'Flere beboere føler sig trygge (demodata)' })
      .filter({ hasText: 'Mål' })
      .first()
      .waitFor();
    await hits
      .getByRole('listitem')
      .filter({ hasText: 'Beboere der føler sig trygge (demodata)' })
      .filter({ hasText: 'Indikator' })
      .first()
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
