import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  logIn,
  openBrowser,
  openHerlevPartnership,
  openUpcomingMeeting,
  openPartnershipTab,
  type Browser,
} from './browser';

/** Unique per run, so a run never mistakes what an earlier run left behind for its own work. */
const RUN = Date.now().toString(36);
const MEETING = `Ekstraordinært møde ${RUN}`;
const DECISION = `Partnerskabet udvider tryghedsvandringerne [${RUN}]`;
const FOLLOW_UP = `Ballerup sender datoerne for vandringerne [${RUN}]`;
const COMMENT = `Ballerup foreslår også Skovlunde [${RUN}]`;
/** A year of its own per run: the year plan offers no week that already has a meeting. */
const PLAN_YEAR = 2031 + (Math.floor(Date.now() / 1000) % 60);

/** Today in Copenhagen as yyyy-mm-dd, the form a date input takes. */
function todayInCopenhagen(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

/** The text of a PDF, pages joined, whitespace collapsed: what a reader of the file sees. */
async function pdfText(path: string): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(path)) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join(' ').replace(/\s+/g, ' ');
}

async function openMeetings(page: Page): Promise<Locator> {
  const main = await openHerlevPartnership(page, 'Møder');
  await main.getByRole('list', { name: 'Kommende møder' }).waitFor();
  return main;
}

function openMeeting(page: Page): Promise<Locator> {
  return openUpcomingMeeting(page, MEETING);
}

describe('a meeting from planning to approved minutes', () => {
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it(
    'the secretariat plans the year, builds an agenda from the template and publishes it',
    { timeout: 180_000 },
    async () => {
      browser = await openBrowser();
      const { page } = browser;
      await logIn(page, 'sekretariat', 'sekretariat');
      const main = await openMeetings(page);
      expect(await accessibilityViolations(page)).toEqual([]);

      await main.getByRole('button', { name: 'Planlæg årets møder' }).click();
      const series = page.getByRole('dialog', { name: 'Planlæg årets møder' });
      await series.getByLabel('Dato for første møde').fill(`${PLAN_YEAR}-03-05`);
      await series.getByRole('list', { name: 'Disse møder bliver planlagt' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await series.getByRole('button', { name: 'Planlæg 4 møder' }).click();
      await series.waitFor({ state: 'hidden' });
      const upcoming = main.getByRole('list', { name: 'Kommende møder' });
      await upcoming
        .getByRole('link', { name: `Partnerskabsmøde – 4. kvartal ${PLAN_YEAR}` })
        .first()
        .waitFor();

      // A meeting today, so that it can be held and minuted within the run.
      await main.getByRole('button', { name: 'Planlæg møde' }).click();
      const single = page.getByRole('dialog', { name: 'Planlæg møde' });
      await single.getByRole('textbox', { name: 'Titel' }).fill(MEETING);
      await single.getByLabel('Dato').fill(todayInCopenhagen());
      await single.getByLabel('Starttidspunkt').fill('08:00');
      await single.getByRole('textbox', { name: 'Sted' }).fill('Herlev Rådhus');
      await single.getByRole('button', { name: 'Planlæg møde' }).click();
      await single.waitFor({ state: 'hidden' });
      // The new meeting opens at once.
      await main.getByRole('heading', { level: 2, name: MEETING }).waitFor();
      await main.getByRole('button', { name: 'Brug standarddagsorden' }).click();
      await main.getByText('Godkendelse af referat fra sidste møde').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await main.getByRole('button', { name: 'Udsend dagsorden' }).click();
      const publish = page.getByRole('dialog', { name: 'Udsend dagsorden' });
      await publish.getByRole('button', { name: 'Udsend' }).click();
      await publish.waitFor({ state: 'hidden' });
      await main.getByText(/^Dagsordenen blev udsendt/).waitFor();
      await main.getByRole('button', { name: 'Udsend dagsorden' }).waitFor({ state: 'detached' });
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );

  it('a Herlev member sends apologies with a reason', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'herlev', 'herlev');
    const main = await openMeeting(page);

    const attendance = main.getByRole('region', { name: 'Deltagere' });
    await attendance.getByRole('button', { name: 'Jeg melder afbud' }).click();
    const dialog = page.getByRole('dialog', { name: 'Meld afbud' });
    await dialog.getByRole('textbox', { name: 'Årsag' }).fill('Ferie');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Meld afbud' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await attendance.getByText('Afbud (Ferie)').first().waitFor();
    expect(await main.getByRole('link', { name: 'Åbn mødetilstand' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it(
    'the secretariat minutes the meeting, records a decision and a follow-up for Ballerup, and sends it for comments',
    { timeout: 180_000 },
    async () => {
      browser = await openBrowser();
      const { page } = browser;
      await logIn(page, 'sekretariat', 'sekretariat');
      const main = await openMeeting(page);
      await main
        .getByRole('region', { name: 'Deltagere' })
        .getByText('Afbud (Ferie)')
        .first()
        .waitFor();

      await main.getByRole('link', { name: 'Åbn mødetilstand' }).click();
      const items = main.getByRole('navigation', { name: 'Dagsordenspunkter' });
      await items.getByRole('link', { name: '3. Nyt fra parterne' }).click();
      await main.getByRole('heading', { name: 'Punkt 3: Nyt fra parterne' }).waitFor();
      await main
        .getByRole('textbox', { name: 'Referat' })
        .fill('Politiet orienterede om en rolig periode.');
      await main.getByText(/^Gemt kl\./).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await main.getByRole('button', { name: 'Tilføj beslutning' }).click();
      const decision = page.getByRole('dialog', { name: 'Tilføj beslutning' });
      await decision.getByRole('textbox', { name: 'Beslutning' }).fill(DECISION);
      await decision.getByRole('button', { name: 'Tilføj beslutning' }).click();
      await decision.waitFor({ state: 'hidden' });
      await main.getByRole('region', { name: 'Beslutninger' }).getByText(DECISION).waitFor();

      await main.getByRole('button', { name: 'Tilføj opfølgningspunkt' }).click();
      const followUp = page.getByRole('dialog', { name: 'Tilføj opfølgningspunkt' });
      await followUp.getByRole('textbox', { name: 'Hvad skal gøres' }).fill(FOLLOW_UP);
      await followUp
        .getByRole('combobox', { name: 'Ansvarlig organisation' })
        .selectOption({ label: 'Ballerup Kommune' });
      expect(await accessibilityViolations(page)).toEqual([]);
      await followUp.getByRole('button', { name: 'Tilføj opfølgningspunkt' }).click();
      await followUp.waitFor({ state: 'hidden' });
      await main.getByRole('region', { name: 'Opfølgningspunkter' }).getByText(FOLLOW_UP).waitFor();

      await main.getByRole('button', { name: 'Markér som afholdt' }).click();
      const held = page.getByRole('dialog', { name: 'Markér som afholdt' });
      await held.getByRole('button', { name: 'Markér som afholdt' }).click();
      await held.waitFor({ state: 'hidden' });

      await main.getByRole('link', { name: 'Tilbage til mødet' }).click();
      await main.getByRole('heading', { level: 2, name: MEETING }).waitFor();
      await main.getByRole('button', { name: 'Send til kommentering' }).click();
      const send = page.getByRole('dialog', { name: 'Send til kommentering' });
      await send.waitFor();
      // Nobody was recorded present: the dialog says so before the minutes go.
      await send.getByText(/^Der er ikke registreret nogen som til stede/).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await send.getByRole('button', { name: 'Send alligevel' }).click();
      await send.getByRole('button', { name: 'Send', exact: true }).click();
      await send.waitFor({ state: 'hidden' });
      await main.getByText('Referat: Til kommentering').waitFor();
    },
  );

  it('Ballerup comments on the minutes and finds the follow-up on their own page', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'ballerup', 'ballerup');
    const main = await openMeeting(page);

    await main.getByRole('button', { name: 'Kommenter referatet af »Nyt fra parterne«' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kommenter »Nyt fra parterne«' });
    await dialog.getByRole('textbox', { name: 'Kommentar' }).fill(COMMENT);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Send kommentar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await main.getByText(COMMENT).waitFor();

    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Mine opfølgningspunkter' })
      .click();
    await main.getByRole('heading', { level: 1, name: 'Mine opfølgningspunkter' }).waitFor();
    await main
      .getByRole('list', { name: 'Åbne opfølgningspunkter' })
      .getByText(FOLLOW_UP)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the secretariat approves the minutes at a meeting and publishes them; the decision is in the register', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'sekretariat', 'sekretariat');
    const main = await openMeeting(page);
    await main.getByText(COMMENT).waitFor();

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
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main.getByRole('button', { name: 'Hent referat (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Referat .*\.pdf$/);
    const minutes = await pdfText(await download.path());
    expect(minutes).toContain(`Referat: ${MEETING}`);
    expect(minutes).toContain(DECISION);
    expect(minutes).toContain(FOLLOW_UP);
    expect(minutes).toContain('Afbud');

    await openPartnershipTab(page, 'Beslutninger');
    await main.getByText(DECISION).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the secretariat finds the decision by a part of a word and subscribes to its meetings', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'sekretariat', 'sekretariat');
    const search = page.getByRole('search', { name: 'Hurtig søgning' });
    await search.getByRole('searchbox').fill(`vandringerne ${RUN}`);
    await search.getByRole('searchbox').press('Enter');
    const main = page.getByRole('main');
    await main.getByText(DECISION).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Kalenderabonnement' }).click();
    const make = main.getByRole('button', { name: /^Lav (ny )?adresse$/ });
    await make.waitFor();
    // A rerun finds the address the last run made and replaces it.
    const replacing = (await make.textContent()) === 'Lav ny adresse';
    await make.click();
    if (replacing) {
      await page
        .getByRole('dialog', { name: 'Lav ny adresse' })
        .getByRole('button', { name: 'Lav ny adresse' })
        .click();
    }
    const address = main.getByRole('textbox', { name: 'Din kalenderadresse' });
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]+\.ics$/);
    // A calendar program fetches it without logging in.
    const feed = await (await fetch(url)).text();
    expect(feed).toContain('BEGIN:VCALENDAR');
    expect(feed).toContain(`SUMMARY:${MEETING}`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
