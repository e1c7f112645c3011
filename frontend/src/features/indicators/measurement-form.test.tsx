import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import {
  AREA,
  INDICATOR_ID,
  indicator,
  measurement,
  quarterSeries,
} from '../../test/indicator-fixtures';
import { renderRoute } from '../../test/render';
import type { MeasurementInput } from './types';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const INDICATOR = `${DETAIL}/indicators/${INDICATOR_ID}`;
const MEASUREMENTS = `${INDICATOR}/measurements`;
const INDICATOR_PATH = `/partnerskaber/${HERLEV_ID}/indikatorer/${INDICATOR_ID}`;

function routes(extra: Record<string, unknown> = {}) {
  return {
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
    [`GET ${INDICATOR}`]: indicator({ canEdit: false }),
    [`GET ${INDICATOR}/series`]: quarterSeries(),
    [`GET ${MEASUREMENTS}`]: [measurement()],
    ...extra,
  };
}

async function openForm() {
  const rendered = renderRoute(INDICATOR_PATH);
  const form = await screen.findByRole('region', { name: 'Indtast værdi' });
  return { ...rendered, form };
}

async function fill(
  user: ReturnType<typeof renderRoute>['user'],
  form: HTMLElement,
  { area, period, value }: { area: string; period: string; value: string },
) {
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Område' }), area);
  const periodInput = within(form).getByRole('textbox', { name: 'Periode' });
  await user.clear(periodInput);
  await user.type(periodInput, period);
  const valueInput = within(form).getByRole('textbox', { name: 'Værdi' });
  await user.clear(valueInput);
  await user.type(valueInput, value);
}

async function bodies(requests: Request[]): Promise<MeasurementInput[]> {
  return Promise.all(
    requests
      .filter((request) => request.method === 'PUT')
      .map((request) => request.clone().json() as Promise<MeasurementInput>),
  );
}

describe('entering a value', () => {
  it('enters a new value with a Danish decimal comma and says it is saved', async () => {
    const { requests } = fakeApi(
      routes({
        [`PUT ${MEASUREMENTS}`]: async (request: Request) => {
          const input = (await request.clone().json()) as MeasurementInput;
          return json(measurement({ ...input, id: '42000000-0000-4000-8000-000000000009' }), 201);
        },
      }),
    );
    const { user, form } = await openForm();

    const period = within(form).getByRole('textbox', { name: 'Periode' });
    expect(period).toHaveAttribute('placeholder', 'fx 2026-Q1');
    expect(within(form).getByRole('textbox', { name: 'Kilde' })).toHaveValue(
      'Politiets døgnrapporter',
    );
    await fill(user, form, { area: 'Gladsaxe', period: '2026-K2', value: '12,5' });
    await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Fra døgnrapporten');
    await user.click(within(form).getByRole('button', { name: 'Gem værdi' }));

    expect(
      await within(form).findByText('Værdien for Gladsaxe, 2. kvartal 2026 er gemt.'),
    ).toHaveAttribute('role', 'status');
    expect(await bodies(requests)).toEqual([
      {
        areaId: AREA.gladsaxe.id,
        period: '2026-Q2',
        value: 12.5,
        source: 'Politiets døgnrapporter',
        note: 'Fra døgnrapporten',
      },
    ]);
    expect(within(form).getByRole('textbox', { name: 'Værdi' })).toHaveValue('');
  });

  it('warns that a value already entered will be corrected, and says the old one is kept', async () => {
    const { requests } = fakeApi(
      routes({
        [`GET ${MEASUREMENTS}`]: [measurement({ version: 4 })],
        [`PUT ${MEASUREMENTS}`]: () => json(measurement({ value: 19, revisions: 1, version: 5 })),
      }),
    );
    const { user, form } = await openForm();

    await fill(user, form, { area: 'Herlev', period: '2026-Q2', value: '19' });
    expect(
      within(form).getByText(/Der er allerede indtastet 18,5 antal for dette område/),
    ).toBeVisible();
    await user.click(within(form).getByRole('button', { name: 'Gem værdi' }));

    expect(
      await within(form).findByText('Værdien er rettet; den gamle er gemt i historikken.'),
    ).toBeVisible();
    // The correction is based on the value shown, so a change made meanwhile is not overwritten.
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"4"');
  });

  it('sends a new value without a version', async () => {
    const { requests } = fakeApi(
      routes({
        [`PUT ${MEASUREMENTS}`]: () => json(measurement({ areaId: AREA.gladsaxe.id }), 201),
      }),
    );
    const { user, form } = await openForm();

    await fill(user, form, { area: 'Gladsaxe', period: '2026-Q2', value: '3' });
    await user.click(within(form).getByRole('button', { name: 'Gem værdi' }));

    await within(form).findByText('Værdien for Gladsaxe, 2. kvartal 2026 er gemt.');
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBeNull();
  });

  it('asks whether a value far above the recent ones is right, and sends it again confirmed', async () => {
    const { requests } = fakeApi(
      routes({
        [`PUT ${MEASUREMENTS}`]: async (request: Request) => {
          const input = (await request.clone().json()) as MeasurementInput;
          return input.confirmed
            ? json(measurement({ ...input, id: '42000000-0000-4000-8000-000000000009' }), 201)
            : problem('confirmation-required', 409);
        },
      }),
    );
    const { user, form } = await openForm();

    await fill(user, form, { area: 'Ballerup', period: '2026-Q3', value: '1400' });
    await user.click(within(form).getByRole('button', { name: 'Gem værdi' }));

    const dialog = await screen.findByRole('dialog', { name: 'Er værdien rigtig?' });
    expect(dialog).toHaveTextContent(
      '1.400 antal for Ballerup, 3. kvartal 2026 er langt over de seneste værdier for området.',
    );
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ja, gem værdien' }));

    expect(
      await within(form).findByText('Værdien for Ballerup, 3. kvartal 2026 er gemt.'),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [first, second] = await bodies(requests);
    expect(first).toEqual({
      areaId: AREA.ballerup.id,
      period: '2026-Q3',
      value: 1400,
      source: 'Politiets døgnrapporter',
    });
    expect(second).toEqual({ ...first, confirmed: true });
  });

  it('lets the user go back and correct a value instead of confirming it', async () => {
    const { requests } = fakeApi(
      routes({ [`PUT ${MEASUREMENTS}`]: () => problem('confirmation-required', 409) }),
    );
    const { user, form } = await openForm();

    await fill(user, form, { area: 'Ballerup', period: '2026-Q3', value: '1400' });
    await user.click(within(form).getByRole('button', { name: 'Gem værdi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Er værdien rigtig?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuller' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(form).getByRole('textbox', { name: 'Værdi' })).toHaveValue('1400');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
  });

  it('checks the period against the frequency and asks for area and value', async () => {
    const { requests } = fakeApi(routes());
    const { user, form } = await openForm();

    await user.type(within(form).getByRole('textbox', { name: 'Periode' }), '2026-03');
    await user.click(within(form).getByRole('button', { name: 'Gem værdi' }));

    expect(within(form).getByRole('combobox', { name: 'Område' })).toHaveAccessibleDescription(
      'Vælg et område.',
    );
    expect(within(form).getByRole('textbox', { name: 'Periode' })).toHaveAccessibleDescription(
      expect.stringContaining('Skriv et kvartal som fx 2026-Q1.'),
    );
    expect(within(form).getByRole('textbox', { name: 'Værdi' })).toHaveAccessibleDescription(
      expect.stringContaining('Skriv værdien.'),
    );
    expect(requests.filter((request) => request.method === 'PUT')).toEqual([]);
  });

  it('shows the fields the server rejected where they are', async () => {
    fakeApi(
      routes({
        [`PUT ${MEASUREMENTS}`]: () =>
          problem('validation-failed', 400, {
            violations: [
              {
                field: 'period',
                in: 'body',
                message: 'must be a period of this quarterly indicator',
              },
              { field: 'value', in: 'body', message: 'must not be negative for antal' },
            ],
          }),
      }),
    );
    const { user, form } = await openForm();

    await fill(user, form, { area: 'Herlev', period: '2026-Q4', value: '3' });
    await user.click(within(form).getByRole('button', { name: 'Gem værdi' }));

    await waitFor(() =>
      expect(within(form).getByRole('textbox', { name: 'Periode' })).toHaveAccessibleDescription(
        expect.stringContaining('Skriv et kvartal som fx 2026-Q1.'),
      ),
    );
    expect(within(form).getByRole('textbox', { name: 'Værdi' })).toHaveAccessibleDescription(
      expect.stringContaining('Skriv et tal, der ikke er negativt.'),
    );
    expect(within(form).queryByText(/quarterly/)).not.toBeInTheDocument();
  });

  it('is not offered to those who do not report for the indicator', async () => {
    fakeApi(routes({ [`GET ${INDICATOR}`]: indicator({ canEdit: false, canReport: false }) }));

    renderRoute(INDICATOR_PATH);

    await screen.findByRole('heading', { name: 'Indtastede værdier' });
    expect(screen.queryByRole('region', { name: 'Indtast værdi' })).not.toBeInTheDocument();
  });
});
