import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FocusAreaView } from '../../../api/types';
import { dragAndDrop } from '../../../test/drag';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const FOCUS_AREAS = `${DETAIL}/focus-areas`;
const DETAIL_PATH = `/partnerskaber/${HERLEV_ID}`;

const [RISK, SYSTEM] = partnership().focusAreas;
const DIALOGUE: FocusAreaView = {
  id: 'e0000000-0000-4000-8000-000000000004',
  number: 3,
  title: 'Dialog og kommunikation',
  description: 'Løbende dialog med boligområderne.',
  retired: false,
  version: 1,
};

function focusAreaItem(title: string): HTMLElement {
  const section = screen.getByRole('region', { name: 'Indsatsområder' });
  return within(section).getByRole('heading', { level: 3, name: title }).closest('li')!;
}

function focusAreaTitles(): string[] {
  const section = screen.getByRole('region', { name: 'Indsatsområder' });
  return within(section)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent ?? '');
}

describe('FocusAreasSection for the secretariat', () => {
  it('adds a focus area', async () => {
    let areas = [RISK, SYSTEM];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(partnership({ myRole: 'SECRETARIAT', focusAreas: areas })),
      [`POST ${FOCUS_AREAS}`]: async (request) => {
        const input = (await request.clone().json()) as { title: string; description: string };
        const created = { ...DIALOGUE, ...input, version: 0 };
        areas = [...areas, created];
        return json(created, 201);
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj indsatsområde' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj indsatsområde' });
    expect(within(dialog).queryByRole('checkbox', { name: 'Udgået' })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Titel' }), 'Trygge boligområder');
    await user.click(within(dialog).getByRole('textbox', { name: 'Beskrivelse' }));
    await user.paste('Samarbejde med boligforeningerne.');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(focusAreaTitles()).toEqual([RISK.title, SYSTEM.title, 'Trygge boligområder']);
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      title: 'Trygge boligområder',
      description: 'Samarbejde med boligforeningerne.',
      retired: false,
    });
  });

  it('needs a title before it adds a focus area', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Tilføj indsatsområde' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj indsatsområde' });
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    expect(within(dialog).getByRole('textbox', { name: 'Titel' })).toHaveAccessibleDescription(
      'Skriv en titel med højst 300 tegn.',
    );
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('changes a focus area and retires it, with If-Match of its version', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`PUT ${FOCUS_AREAS}/${RISK.id}`]: { ...RISK, retired: true, version: 1 },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Rediger »Anvendelse af risikoprofiler«' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rediger indsatsområde' });
    const description = within(dialog).getByRole('textbox', { name: 'Beskrivelse' });
    expect(description).toHaveValue(RISK.description);
    await user.click(description);
    await user.paste(' Kun aggregeret.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Udgået' }));
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"0"');
    expect(await put?.json()).toEqual({
      title: RISK.title,
      description: `${RISK.description} Kun aggregeret.`,
      retired: true,
    });
  });

  it('explains a CPR number the server rejected in the description', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`PUT ${FOCUS_AREAS}/${RISK.id}`]: () =>
        problem('personal-data-rejected', 400, {
          violations: [{ field: 'description', in: 'body', message: 'looks like a CPR number' }],
        }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Rediger »Anvendelse af risikoprofiler«' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rediger indsatsområde' });
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() =>
      expect(
        within(dialog).getByRole('textbox', { name: 'Beskrivelse' }),
      ).toHaveAccessibleDescription(
        expect.stringContaining(
          'Feltet ser ud til at indeholde et CPR-nummer. Der må ikke gemmes personoplysninger om borgere – beskriv grupper og antal i stedet.',
        ),
      ),
    );
  });

  it('shows the conflict message when the focus area changed meanwhile, and reloads it', async () => {
    let current = RISK;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () =>
        json(partnership({ myRole: 'SECRETARIAT', focusAreas: [current, SYSTEM] })),
      [`PUT ${FOCUS_AREAS}/${RISK.id}`]: (request) =>
        request.headers.get('If-Match') === `"${current.version}"`
          ? json({ ...current, version: current.version + 1 })
          : problem('version-mismatch', 412),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Rediger »Anvendelse af risikoprofiler«' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rediger indsatsområde' });
    current = { ...RISK, description: 'Ændret af en kollega.', version: 1 };
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede. Genindlæs for at se den nyeste version – dine ændringer er ikke gemt.',
    );
    await user.click(within(alert).getByRole('button', { name: 'Genindlæs' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Beskrivelse' })).toHaveValue(
        'Ændret af en kollega.',
      ),
    );
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('deletes a focus area after asking, with If-Match of its version', async () => {
    let areas = [RISK, SYSTEM];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(partnership({ myRole: 'SECRETARIAT', focusAreas: areas })),
      [`DELETE ${FOCUS_AREAS}/${SYSTEM.id}`]: () => {
        areas = [RISK];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Slet »Systematik i brugen af indsatser«' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Slet indsatsområde' });
    expect(dialog).toHaveTextContent(
      'Vil du slette indsatsområdet »Systematik i brugen af indsatser«? Du kan gendanne det fra historikken.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Slet' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(focusAreaTitles()).toEqual([RISK.title]);
    const deletion = requests.find((request) => request.method === 'DELETE');
    expect(deletion?.headers.get('If-Match')).toBe('"3"');
  });

  it('keeps the focus area when the user cancels the deletion', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Slet »Systematik i brugen af indsatser«' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Slet indsatsområde' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuller' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.filter((request) => request.method === 'DELETE')).toEqual([]);
  });

  it('moves a focus area with the keyboard, keeping the focus on it and saying where it went', async () => {
    let areas = [RISK, SYSTEM, DIALOGUE];
    let version = 4;
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () =>
        json(partnership({ myRole: 'SECRETARIAT', focusAreas: areas, version })),
      [`PUT ${FOCUS_AREAS}/order`]: async (request) => {
        if (request.headers.get('If-Match') !== `"${version}"`) {
          return problem('version-mismatch', 412);
        }
        const { ids } = (await request.clone().json()) as { ids: string[] };
        const byId = new Map(areas.map((area) => [area.id, area]));
        areas = ids.map((id, index) => ({ ...byId.get(id)!, number: index + 1 }));
        version += 1;
        return json(areas, 200, { ETag: `"${version}"` });
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    const up = await screen.findByRole('button', { name: 'Flyt op »Dialog og kommunikation«' });
    expect(
      screen.getByRole('button', { name: 'Flyt op »Anvendelse af risikoprofiler«' }),
    ).toBeDisabled();
    up.focus();
    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(focusAreaTitles()).toEqual([RISK.title, DIALOGUE.title, SYSTEM.title]),
    );
    expect(
      await screen.findByText('»Dialog og kommunikation« er nu nummer 2.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Flyt op »Dialog og kommunikation«' })).toHaveFocus();
    const order = requests.find((request) => request.url.endsWith('/order'));
    expect(await order?.json()).toEqual({ ids: [RISK.id, DIALOGUE.id, SYSTEM.id] });
    expect(order?.headers.get('If-Match')).toBe('"4"');

    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(focusAreaTitles()).toEqual([DIALOGUE.title, RISK.title, SYSTEM.title]),
    );
    // The second move is based on the version the first one answered, not a stale one.
    const orders = requests.filter((request) => request.url.endsWith('/order'));
    expect(orders.map((request) => request.headers.get('If-Match'))).toEqual(['"4"', '"5"']);
    // At the top it cannot move up any more, so the focus goes to its other move button.
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Flyt ned »Dialog og kommunikation«' }),
      ).toHaveFocus(),
    );
  });

  it('moves a focus area by dragging it, sending the whole new order once', async () => {
    let areas = [RISK, SYSTEM, DIALOGUE];
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () =>
        json(partnership({ myRole: 'SECRETARIAT', focusAreas: areas, version: 4 })),
      [`PUT ${FOCUS_AREAS}/order`]: async (request) => {
        const { ids } = (await request.clone().json()) as { ids: string[] };
        const byId = new Map(areas.map((area) => [area.id, area]));
        areas = ids.map((id, index) => ({ ...byId.get(id)!, number: index + 1 }));
        return json(areas, 200, { ETag: '"5"' });
      },
    });
    renderRoute(DETAIL_PATH);
    await screen.findByRole('button', { name: 'Flyt op »Dialog og kommunikation«' });

    dragAndDrop(
      within(focusAreaItem(DIALOGUE.title)).getByTitle('Træk for at flytte'),
      focusAreaItem(RISK.title),
    );

    await waitFor(() =>
      expect(focusAreaTitles()).toEqual([DIALOGUE.title, RISK.title, SYSTEM.title]),
    );
    expect(
      await screen.findByText('»Dialog og kommunikation« er nu nummer 1.'),
    ).toBeInTheDocument();
    const orders = requests.filter((request) => request.url.endsWith('/order'));
    expect(orders).toHaveLength(1);
    expect(await orders[0].json()).toEqual({ ids: [DIALOGUE.id, RISK.id, SYSTEM.id] });
    expect(orders[0].headers.get('If-Match')).toBe('"4"');
  });

  it('shows no drag handles to a member', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
    });
    renderRoute(DETAIL_PATH);

    await screen.findByRole('heading', { level: 3, name: RISK.title });
    expect(screen.queryByTitle('Træk for at flytte')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Flyt/ })).not.toBeInTheDocument();
  });

  it('asks for a reload when the agreement changed before the move', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`PUT ${FOCUS_AREAS}/order`]: () => problem('version-mismatch', 412),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Flyt ned »Anvendelse af risikoprofiler«' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede.',
    );
    expect(screen.getByRole('button', { name: 'Genindlæs' })).toBeVisible();
  });

  it('asks for a reload when the focus areas changed before the move', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`PUT ${FOCUS_AREAS}/order`]: () =>
        problem('validation-failed', 400, {
          violations: [{ field: 'ids', in: 'body', message: 'must list each focus area once' }],
        }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(
      await screen.findByRole('button', { name: 'Flyt ned »Anvendelse af risikoprofiler«' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede.',
    );
    expect(screen.getByRole('button', { name: 'Genindlæs' })).toBeVisible();
  });
});
