import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChairPeriodInput, ChairPeriodView, OrganisationRef } from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { HERLEV_ID, me, ORG, partnership } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const CHAIRS = `${DETAIL}/chair-periods`;
const ORGANISATIONS = '/api/v1/organisations';
const DETAIL_PATH = `/partnerskaber/${HERLEV_ID}`;

const [HERLEV_CHAIR] = partnership().chairPeriods;
const HERLEV_NAME = 'Herlev Kommune 1. september 2013 – 31. december 2014';
const GLADSAXE: OrganisationRef = {
  id: 'a0000000-0000-4000-8000-000000000004',
  name: 'Gladsaxe Kommune',
  kind: 'KOMMUNE',
  cvr: null,
};
const BOLIG: OrganisationRef = {
  id: 'a0000000-0000-4000-8000-000000000005',
  name: 'Boligselskabet Vest',
  kind: 'BOLIGORGANISATION',
  cvr: null,
};

/** The active organisations, by name, as the API pages them. */
function organisationPage(organisations: OrganisationRef[], page = 0, totalPages = 1) {
  const items = [...organisations]
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
    .map((organisation) => ({ ...organisation, active: true, version: 0 }));
  return { items, page, size: 100, totalItems: items.length, totalPages };
}

const ACTIVE = organisationPage([ORG.politi, ORG.herlev, ORG.ballerup, BOLIG]);

function chairRows(): HTMLElement[] {
  return within(screen.getByRole('table', { name: 'Formandskab' }))
    .getAllByRole('row')
    .slice(1);
}

/** The date inputs have no role; their labels end in the required asterisk. */
function dateInput(container: HTMLElement, label: string): HTMLInputElement {
  return within(container).getByLabelText(new RegExp(`^${label}`));
}

function optionTexts(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

describe('ChairPeriodsSection', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says which organisation chairs and runs the secretariat today', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T10:00:00Z'));
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({
        chairPeriods: [
          HERLEV_CHAIR,
          {
            ...HERLEV_CHAIR,
            id: 'd0000000-0000-4000-8000-000000000002',
            organisation: ORG.ballerup,
            startDate: '2025-01-01',
            endDate: '2026-12-31',
          },
        ],
      }),
    });

    renderRoute(DETAIL_PATH);

    expect(
      await screen.findByText(
        'Ballerup Kommune har formandskabet og varetager sekretariatet til og med 31. december 2026.',
      ),
    ).toBeVisible();
    const [herlev, ballerup] = chairRows();
    expect(within(ballerup).getByRole('rowheader')).toHaveTextContent('Ballerup KommuneNu');
    expect(within(herlev).queryByText('Nu')).not.toBeInTheDocument();
  });

  it('says when no organisation chairs today, and who takes over', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T10:00:00Z'));
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({
        chairPeriods: [
          HERLEV_CHAIR,
          {
            ...HERLEV_CHAIR,
            id: 'd0000000-0000-4000-8000-000000000002',
            startDate: '2026-09-01',
            endDate: '2028-08-31',
          },
        ],
      }),
    });

    renderRoute(DETAIL_PATH);

    expect(
      await screen.findByText(
        'Ingen organisation har formandskabet i dag. Herlev Kommune overtager det 1. september 2026.',
      ),
    ).toBeVisible();
  });

  it('gives a member no controls to change the chair', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
    });

    renderRoute(DETAIL_PATH);

    expect(await screen.findByRole('table', { name: 'Formandskab' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Sæt næste formandskab' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /formandskabet/ })).not.toBeInTheDocument();
  });
});

describe('ChairPeriodsSection for the secretariat', () => {
  it('sets the next chair prefilled: the next municipality, from the day after, for two years', async () => {
    let periods: ChairPeriodView[] = [HERLEV_CHAIR];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(partnership({ myRole: 'SECRETARIAT', chairPeriods: periods })),
      [`GET ${ORGANISATIONS}`]: ACTIVE,
      [`POST ${CHAIRS}`]: async (request) => {
        const input = (await request.clone().json()) as ChairPeriodInput;
        const created: ChairPeriodView = {
          id: 'd0000000-0000-4000-8000-000000000003',
          organisation: ORG.ballerup,
          startDate: input.startDate,
          endDate: input.endDate,
          note: null,
          version: 0,
        };
        periods = [...periods, created];
        return json(created, 201);
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Sæt næste formandskab' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sæt næste formandskab' });
    const organisation = await within(dialog).findByRole('combobox', { name: 'Organisation' });
    expect(organisation).toHaveValue(ORG.ballerup.id);
    expect(optionTexts(organisation)).toEqual([
      'Vælg organisation',
      'Ballerup Kommune',
      'Herlev Kommune',
      'Københavns Vestegns Politi',
      'Boligselskabet Vest',
    ]);
    expect(within(organisation).getByRole('group', { name: 'Parter i aftalen' })).toBeTruthy();
    expect(dateInput(dialog, 'Fra og med')).toHaveValue('2015-01-01');
    expect(dateInput(dialog, 'Til og med')).toHaveValue('2016-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(chairRows()).toHaveLength(2));
    expect(chairRows()[1]).toHaveTextContent('Ballerup Kommune1. januar 201531. december 2016');
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      organisationId: ORG.ballerup.id,
      startDate: '2015-01-01',
      endDate: '2016-12-31',
    });
    const list = new URL(requests.find((request) => request.url.includes(ORGANISATIONS))!.url);
    expect(list.searchParams.get('active')).toBe('true');
  });

  it('offers the active organisations of every page', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${ORGANISATIONS}`]: (_, url) =>
        json(
          url.searchParams.get('page') === '1'
            ? organisationPage([GLADSAXE], 1, 2)
            : organisationPage([ORG.ballerup, ORG.herlev], 0, 2),
        ),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Sæt næste formandskab' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sæt næste formandskab' });
    const organisation = await within(dialog).findByRole('combobox', { name: 'Organisation' });
    expect(optionTexts(organisation)).toEqual([
      'Vælg organisation',
      'Ballerup Kommune',
      'Herlev Kommune',
      'Gladsaxe Kommune',
    ]);
  });

  it('needs an organisation when no municipality is next in turn', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({
        myRole: 'SECRETARIAT',
        parties: partnership().parties.filter((party) => party.organisation.kind !== 'KOMMUNE'),
        chairPeriods: [],
      }),
      [`GET ${ORGANISATIONS}`]: ACTIVE,
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Sæt næste formandskab' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sæt næste formandskab' });
    const organisation = await within(dialog).findByRole('combobox', { name: 'Organisation' });
    expect(organisation).toHaveValue('');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    expect(organisation).toHaveAccessibleDescription(
      expect.stringContaining('Vælg den organisation, der skal have formandskabet.'),
    );
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('says which chair period a new one overlaps, without asking the server', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${ORGANISATIONS}`]: ACTIVE,
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Sæt næste formandskab' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sæt næste formandskab' });
    await within(dialog).findByRole('combobox', { name: 'Organisation' });
    const start = dateInput(dialog, 'Fra og med');
    await user.clear(start);
    await user.type(start, '2014-07-01');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    expect(start).toHaveAccessibleDescription(
      'Perioden overlapper formandskabet for Herlev Kommune 1. september 2013 – 31. december 2014.',
    );
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('changes a chair period, keeping an organisation no longer active, with If-Match', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({
        myRole: 'CHAIR',
        chairPeriods: [{ ...HERLEV_CHAIR, version: 2 }],
      }),
      [`GET ${ORGANISATIONS}`]: organisationPage([ORG.ballerup, ORG.politi]),
      [`PUT ${CHAIRS}/${HERLEV_CHAIR.id}`]: { ...HERLEV_CHAIR, version: 3 },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: `Rediger formandskabet ${HERLEV_NAME}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rediger formandskab' });
    const organisation = await within(dialog).findByRole('combobox', { name: 'Organisation' });
    expect(organisation).toHaveValue(ORG.herlev.id);
    const end = dateInput(dialog, 'Til og med');
    await user.clear(end);
    await user.type(end, '2015-08-31');
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Forlænget');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(await put?.json()).toEqual({
      organisationId: ORG.herlev.id,
      startDate: '2013-09-01',
      endDate: '2015-08-31',
      note: 'Forlænget',
    });
  });

  it('shows the 412 conflict when the chair period changed meanwhile', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${ORGANISATIONS}`]: ACTIVE,
      [`PUT ${CHAIRS}/${HERLEV_CHAIR.id}`]: () => problem('version-mismatch', 412),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: `Rediger formandskabet ${HERLEV_NAME}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rediger formandskab' });
    await within(dialog).findByRole('combobox', { name: 'Organisation' });
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede. Genindlæs for at se den nyeste version – dine ændringer er ikke gemt.',
    );
    expect(within(alert).getByRole('button', { name: 'Genindlæs' })).toBeVisible();
  });

  it('says at the organisation when the server finds it not active', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${ORGANISATIONS}`]: ACTIVE,
      [`POST ${CHAIRS}`]: () =>
        problem('validation-failed', 400, {
          violations: [
            { field: 'organisationId', in: 'body', message: 'is not an active organisation' },
          ],
        }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Sæt næste formandskab' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sæt næste formandskab' });
    const organisation = await within(dialog).findByRole('combobox', { name: 'Organisation' });
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() =>
      expect(organisation).toHaveAccessibleDescription(
        expect.stringContaining('Vælg en aktiv organisation.'),
      ),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Værdien i feltet »Organisation« er ugyldig.',
    );
  });

  it('offers to try again when the organisations cannot be read', async () => {
    let fail = true;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${ORGANISATIONS}`]: () => (fail ? problem('internal', 500) : json(ACTIVE)),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Sæt næste formandskab' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sæt næste formandskab' });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Organisationerne kunne ikke hentes');
    expect(within(dialog).getByRole('button', { name: 'Gem' })).toBeDisabled();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));

    expect(await within(dialog).findByRole('combobox', { name: 'Organisation' })).toHaveValue(
      ORG.ballerup.id,
    );
  });

  it('deletes a chair period after asking, with If-Match of its version', async () => {
    let periods: ChairPeriodView[] = [{ ...HERLEV_CHAIR, version: 5 }];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(partnership({ myRole: 'SECRETARIAT', chairPeriods: periods })),
      [`DELETE ${CHAIRS}/${HERLEV_CHAIR.id}`]: () => {
        periods = [];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: `Slet formandskabet ${HERLEV_NAME}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Slet formandskab' });
    expect(dialog).toHaveTextContent(
      `Vil du slette formandskabet for ${HERLEV_NAME}? Du kan gendanne det fra historikken.`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Slet' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByText('Der er ikke registreret noget formandskab.'),
    ).toBeInTheDocument();
    const deletion = requests.find((request) => request.method === 'DELETE');
    expect(deletion?.headers.get('If-Match')).toBe('"5"');
  });
});
