import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PartnershipInput } from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { HERLEV_ID, HERLEV_NAME, me, partnership } from '../../../test/fixtures';
import { htmlClipboard } from '../../../test/clipboard';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const EDIT_PATH = `/partnerskaber/${HERLEV_ID}/rediger`;

function bodyOf(request: Request): Promise<PartnershipInput> {
  return request.clone().json() as Promise<PartnershipInput>;
}

describe('PartnershipEditPage', () => {
  it('opens from the agreement for the secretariat, prefilled from the partnership', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    });
    const { user, router } = renderRoute(`/partnerskaber/${HERLEV_ID}`);

    await user.click(await screen.findByRole('link', { name: 'Rediger aftalen' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Rediger aftalen' })).toBeVisible();
    expect(router.state.location.pathname).toBe(EDIT_PATH);
    expect(screen.getByRole('textbox', { name: 'Navn' })).toHaveValue(HERLEV_NAME);
    expect(screen.getByRole('textbox', { name: 'Formål 2' })).toHaveValue(
      'Øge trygheden blandt borgerne i disse områder',
    );
    expect(screen.getByRole('textbox', { name: 'Princip 3' })).toHaveValue('Synlighed');
    expect(screen.getByRole('textbox', { name: 'Mindste antal møder om året' })).toHaveValue('4');
    await waitFor(() =>
      expect(document.title).toBe(`Rediger aftalen – ${HERLEV_NAME} – Partnerskabsportalen`),
    );
  });

  it('saves the changed fields with If-Match of the version it was based on', async () => {
    let saved: PartnershipInput | undefined;
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR', version: 7 }),
      [`PUT ${DETAIL}`]: async (request) => {
        saved = await bodyOf(request);
        return json(partnership({ myRole: 'CHAIR', version: 8, name: saved.name }));
      },
    });
    const { user, router } = renderRoute(EDIT_PATH);

    const name = await screen.findByRole('textbox', { name: 'Navn' });
    await user.clear(name);
    await user.paste('Tryghedspartnerskabet');
    await user.click(screen.getByRole('button', { name: 'Tilføj formål' }));
    const third = screen.getByRole('textbox', { name: 'Formål 3' });
    expect(third).toHaveFocus();
    await user.paste('Forebygge kriminalitet blandt unge');
    await user.click(screen.getByRole('button', { name: 'Fjern princip 1' }));
    expect(screen.getByRole('textbox', { name: 'Princip 1' })).toHaveFocus();
    const rules = await screen.findByRole('textbox', { name: 'Forretningsorden' });
    await user.click(rules);
    await user.keyboard('{Control>}a{/Control}');
    await user.paste(htmlClipboard('<p>Mindst <strong>fire</strong> møder.</p>'));
    const meetings = screen.getByRole('textbox', { name: 'Mindste antal møder om året' });
    await user.clear(meetings);
    await user.type(meetings, '6');
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    expect(await screen.findByText('Ændringerne er gemt.')).toBeVisible();
    expect(router.state.location.pathname).toBe(`/partnerskaber/${HERLEV_ID}`);
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"7"');
    expect(saved).toEqual({
      name: 'Tryghedspartnerskabet',
      description: 'Et forpligtende partnerskab for forebyggelse af bandekriminalitet.',
      purposes: [
        'Begrænse tilgangen til bandemiljøerne',
        'Øge trygheden blandt borgerne i disse områder',
        'Forebygge kriminalitet blandt unge',
      ],
      principles: ['Tilgængelighed', 'Synlighed'],
      rulesOfProcedure: '<p>Mindst <strong>fire</strong> møder.</p>',
      economyNotes: 'Formandskabet afsætter 0,1 årsværk til sekretariatsbetjening.',
      minMeetingsPerYear: 6,
    });
  });

  it('checks the form before sending it', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    });
    const { user } = renderRoute(EDIT_PATH);

    const name = await screen.findByRole('textbox', { name: 'Navn' });
    await user.clear(name);
    const meetings = screen.getByRole('textbox', { name: 'Mindste antal møder om året' });
    await user.clear(meetings);
    await user.type(meetings, '60');
    await user.click(screen.getByRole('button', { name: 'Tilføj princip' }));
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    expect(name).toHaveAccessibleDescription('Skriv aftalens navn med højst 300 tegn.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Princip 4' })).toHaveAccessibleDescription(
      'Skriv princippet med højst 200 tegn, eller fjern det.',
    );
    expect(meetings).toHaveAccessibleDescription(
      expect.stringContaining('Skriv et helt tal fra 0 til 52.'),
    );
    expect(requests.filter((request) => request.method === 'PUT')).toEqual([]);
  });

  it('shows the fields the server rejected at the fields, in Danish', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`PUT ${DETAIL}`]: () =>
        problem('validation-failed', 400, {
          violations: [
            { field: 'purposes[1]', in: 'body', message: 'size must be between 0 and 2000' },
            { field: 'economyNotes', in: 'body', message: 'size must be between 0 and 5000' },
          ],
        }),
    });
    const { user } = renderRoute(EDIT_PATH);

    await user.click(await screen.findByRole('button', { name: 'Gem ændringer' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ændringerne blev ikke gemt');
    expect(within(alert).getByText('Værdien i feltet »Formål 2« er ugyldig.')).toBeVisible();
    expect(within(alert).getByText('Værdien i feltet »Økonomi« er ugyldig.')).toBeVisible();
    expect(alert).not.toHaveTextContent('size must be');
    const purpose = screen.getByRole('textbox', { name: 'Formål 2' });
    expect(purpose).toHaveAccessibleDescription(
      'Skriv formålet med højst 2.000 tegn, eller fjern det.',
    );
    expect(purpose).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Økonomi' })).toHaveAccessibleDescription(
      'Skriv højst 5.000 tegn.',
    );
    expect(screen.getByRole('textbox', { name: 'Navn' })).not.toHaveAttribute('aria-invalid');
  });

  it('explains a rejected CPR number at the field', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`PUT ${DETAIL}`]: () =>
        problem('personal-data-rejected', 400, {
          violations: [{ field: 'description', in: 'body', message: 'looks like a CPR number' }],
        }),
    });
    const { user } = renderRoute(EDIT_PATH);

    const description = await screen.findByRole('textbox', { name: 'Beskrivelse' });
    await user.click(description);
    await user.paste(' Drengen med cpr 010203-1234.');
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    await waitFor(() =>
      expect(description).toHaveAccessibleDescription(
        'Feltet ser ud til at indeholde et CPR-nummer. Der må ikke gemmes personoplysninger om borgere – beskriv grupper og antal i stedet.',
      ),
    );
    expect(
      screen.getByText('Feltet »Beskrivelse« ser ud til at indeholde et CPR-nummer.'),
    ).toBeVisible();
  });

  it('says so when someone else saved first, and reloads the newest version on request', async () => {
    let version = 3;
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () =>
        json(
          partnership({
            myRole: 'SECRETARIAT',
            version,
            name: version === 3 ? HERLEV_NAME : 'Omdøbt af en anden',
          }),
        ),
      [`PUT ${DETAIL}`]: (request) =>
        request.headers.get('If-Match') === `"${version}"`
          ? json(partnership({ version: version + 1 }))
          : problem('version-mismatch', 412),
    });
    const { user } = renderRoute(EDIT_PATH);

    const name = await screen.findByRole('textbox', { name: 'Navn' });
    await user.click(name);
    await user.paste(' (rettet)');
    version = 4;
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede. Genindlæs for at se den nyeste version – dine ændringer er ikke gemt.',
    );
    expect(screen.queryByText('Ændringerne er gemt.')).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() => expect(name).toHaveValue('Omdøbt af en anden'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    expect(await screen.findByText('Ændringerne er gemt.')).toBeVisible();
    const ifMatches = requests
      .filter((request) => request.method === 'PUT')
      .map((request) => request.headers.get('If-Match'));
    expect(ifMatches).toEqual(['"3"', '"4"']);
  });

  it('tells members that only the chair and secretariat edit the agreement', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
    });

    renderRoute(EDIT_PATH);

    expect(
      await screen.findByText('Kun partnerskabets formand og sekretariat kan redigere aftalen.'),
    ).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Navn' })).not.toBeInTheDocument();
  });
});
