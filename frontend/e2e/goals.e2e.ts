import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  BASE_URL,
  HERLEV_PARTNERSHIP,
  logIn,
  openBrowser,
  openHerlevPartnership,
  openPartnershipTab,
  type Browser,
} from './browser';
import { xlsx } from './xlsx';

const HERLEV_ID = '20000000-0000-4000-8000-000000000001';
const DEMO_DECISION =
  'Partnerskabet gennemfører tryghedsvandringer med boligforeningerne i alle tre kommuner inden årets udgang.';

/** Unique per run, so a rerun on the same database never meets its own earlier work. */
const RUN = Date.now().toString(36);
const GROUP = `Vandringsgruppe ${RUN}`;
const CODE = `E2E-${RUN}`.slice(0, 30);
const INDICATOR = `Indbrud i Herlev ${RUN}`;
const GOAL = `Færre indbrud ${RUN}`;
const YEAR = new Date().getFullYear();

describe('a working group with a goal and an indicator whose figures come from Excel', () => {
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it('the secretariat sets up a working group from a decision, with an indicator and a goal', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'sekretariat', 'sekretariat');

    let main = await openHerlevPartnership(page, 'Beslutninger');
    await main
      .getByRole('button', { name: `Nedsæt arbejdsgruppe ud fra beslutningen: ${DEMO_DECISION}` })
      .click();
    const groupDialog = page.getByRole('dialog', { name: 'Nedsæt arbejdsgruppe' });
    await groupDialog.getByRole('textbox', { name: 'Navn' }).fill(GROUP);
    // Herlev's name comes from Keycloak once they have logged in, from the demo data before.
    await groupDialog
      .getByRole('checkbox', { name: /^(Søren Holmgaard|Demodata: Herlev) \(Herlev Kommune\)$/ })
      .check();
    await groupDialog.getByRole('button', { name: 'Opret arbejdsgruppe' }).click();
    await groupDialog.waitFor({ state: 'hidden' });
    await main.getByRole('heading', { name: GROUP }).waitFor();
    await main.getByText(DEMO_DECISION).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    main = await openHerlevPartnership(page, 'Indikatorer');
    await main.getByRole('button', { name: 'Ny indikator' }).click();
    const indicatorDialog = page.getByRole('dialog', { name: 'Ny indikator' });
    await indicatorDialog.getByRole('textbox', { name: 'Kode' }).fill(CODE);
    await indicatorDialog.getByRole('textbox', { name: 'Navn' }).fill(INDICATOR);
    await indicatorDialog.getByRole('textbox', { name: 'Enhed' }).fill('anmeldelser');
    await indicatorDialog.getByRole('radio', { name: 'Lavere er bedre' }).check();
    await indicatorDialog
      .getByRole('combobox', { name: 'Hyppighed' })
      .selectOption({ label: 'Månedlig' });
    await indicatorDialog
      .getByRole('combobox', { name: 'Sammentælling' })
      .selectOption({ label: 'Sum' });
    await indicatorDialog.getByRole('textbox', { name: 'Nulpunktets værdi' }).fill('30');
    await indicatorDialog
      .getByRole('textbox', { name: 'Nulpunktets periode' })
      .fill(`${YEAR - 2}-12`);
    await indicatorDialog.getByRole('textbox', { name: 'Målets værdi' }).fill('15');
    await indicatorDialog.getByRole('textbox', { name: 'Målets periode' }).fill(`${YEAR + 1}-12`);
    await indicatorDialog
      .getByRole('combobox', { name: 'Ejer' })
      .selectOption({ label: 'Herlev Kommune' });
    for (const [n, area] of ['Herlev', 'Ballerup', 'Gladsaxe'].entries()) {
      await indicatorDialog.getByRole('button', { name: 'Tilføj område' }).click();
      await indicatorDialog.getByRole('textbox', { name: `Område ${n + 1}` }).fill(area);
    }
    await indicatorDialog.getByRole('button', { name: 'Opret indikator' }).click();
    await indicatorDialog.waitFor({ state: 'hidden' });
    await main.getByRole('link', { name: INDICATOR }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    main = await openHerlevPartnership(page, 'Mål');
    await main.getByRole('button', { name: 'Nyt mål' }).click();
    const goalDialog = page.getByRole('dialog', { name: 'Nyt mål' });
    await goalDialog.getByRole('textbox', { name: 'Titel' }).fill(GOAL);
    await goalDialog
      .getByRole('combobox', { name: 'Arbejdsgruppe' })
      .selectOption({ label: GROUP });
    await goalDialog.getByRole('checkbox', { name: `${CODE} ${INDICATOR}` }).check();
    await goalDialog.getByRole('button', { name: 'Opret mål' }).click();
    await goalDialog.waitFor({ state: 'hidden' });
    const goal = main.getByRole('listitem', { name: GOAL });
    await goal.getByText('Ingen data').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('Herlev imports an Excel file of monthly values, previews it and stores it; the chart and status follow', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'herlev', 'herlev');
    const main = await openHerlevPartnership(page, 'Indikatorer');
    await main.getByRole('link', { name: INDICATOR }).click();
    await main.getByRole('heading', { name: `${CODE} ${INDICATOR}` }).waitFor();

    const header = ['indikator', 'område', 'periode', 'værdi'];
    const rows: (string | number)[][] = [header];
    for (let month = 1; month <= 6; month++) {
      rows.push([CODE, 'Herlev', `${YEAR - 1}-0${month}`, 21 - month]);
    }
    const folder = await mkdtemp(join(tmpdir(), 'partnerskab-xlsx-'));
    const importRows = async (name: string, content: (string | number)[][], count: number) => {
      const file = join(folder, name);
      await writeFile(file, xlsx(content));
      await main.getByRole('button', { name: 'Importér værdier' }).click();
      const dialog = page.getByRole('dialog', { name: 'Importér værdier' });
      await dialog.getByLabel('Fil med værdier (CSV eller Excel)').setInputFiles(file);
      await dialog.getByRole('table', { name: 'Forhåndsvisning' }).waitFor();
      await dialog.getByText(`${count} oprettes`).first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Gem værdierne' }).click();
      await page.getByText(`${count} værdier er gemt`).waitFor();
      await page.keyboard.press('Escape');
    };
    await importRows('herlev-indbrud.xlsx', rows, 6);

    // Herlev alone is not the partnership: the value says so, and the traffic light waits.
    await main.getByText('Foreløbig: 1 af 3 områder').first().waitFor();
    await main.getByText('Status afventer alle områder').first().waitFor();

    await importRows(
      'ballerup-gladsaxe-indbrud.xlsx',
      [header, [CODE, 'Ballerup', `${YEAR - 1}-06`, 3], [CODE, 'Gladsaxe', `${YEAR - 1}-06`, 2]],
      2,
    );
    // June in all three areas, 15 + 3 + 2 = 20, well ahead of the plan line: the traffic light turns green.
    await main.getByText('På rette vej').first().waitFor();
    await main
      .getByRole('table', { name: /^Værdier pr\./ })
      .getByText('15')
      .first()
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('Furesø sees nothing of the other partnership', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'furesoe', 'furesoe');
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Trygt Furesø' }).waitFor();
    expect(await main.getByRole('link', { name: HERLEV_PARTNERSHIP }).count()).toBe(0);

    await page.goto(`${BASE_URL}/partnerskaber/${HERLEV_ID}/indikatorer`);
    await main
      .getByText(/findes ikke|ikke adgang/)
      .first()
      .waitFor();
    expect(await main.getByText(INDICATOR).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the overview, working groups, activities, proposals and reporting pages pass axe', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'sekretariat', 'sekretariat');
    for (const [link, heading] of [
      ['Overblik', 'Overblik'],
      ['Arbejdsgrupper', 'Arbejdsgrupper'],
      ['Indsatser', 'Indsatser'],
      ['Forslag', 'Forslag'],
    ]) {
      const main = await openHerlevPartnership(page, link);
      await main.getByRole('heading', { name: heading, exact: true }).first().waitFor();
      await main
        .getByText(/Indlæser/)
        .first()
        .waitFor({ state: 'hidden' });
      expect(await accessibilityViolations(page), link).toEqual([]);
    }
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Min indberetning' })
      .click();
    await page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: 'Min indberetning' })
      .waitFor();
    await page
      .getByRole('main')
      .getByText(/Indlæser/)
      .first()
      .waitFor({ state: 'hidden' });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("Furesø's activity tables read as in the strategy", async () => {
    browser = await openBrowser();
    const { page } = browser;
    await logIn(page, 'furesoe', 'furesoe');
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Trygt Furesø', exact: true }).click();
    await openPartnershipTab(page, 'Indsatser');
    const table = main.getByRole('table', { name: 'Indsatser i sporet »Indbrudsforebyggelse«' });
    await table.getByRole('rowheader', { name: /Tryghedsvandringer/ }).waitFor();
    await table.getByText('Grundejer-, beboer- og andelsforeninger').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
