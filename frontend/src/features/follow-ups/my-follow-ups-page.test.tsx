import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FollowUpView } from '../../api/types';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, HERLEV_NAME, me, page, partnership, summary } from '../../test/fixtures';
import {
  followUp,
  followUpPage,
  MEETING_ID,
  meetingPage,
  meetingYear,
} from '../../test/meeting-fixtures';
import { renderRoute } from '../../test/render';

const LIGHTING = followUp({ version: 2 });
const REPORT = followUp({
  id: '34000000-0000-4000-8000-000000000002',
  title: 'Sekretariatet samler rapporterne fra tryghedsvandringerne',
  responsibleOrganisation: null,
  responsiblePerson: { id: me().id, name: 'Hanne Herlev' },
  dueDate: '2027-02-01',
  overdue: true,
});

/** A fake of the status endpoint that moves items between the open and done lists. */
function followUpApi(items: FollowUpView[]) {
  let current = items;
  return {
    mine: (_request: Request, url: URL) =>
      json(
        followUpPage(
          current.filter((item) => item.status === (url.searchParams.get('status') ?? 'OPEN')),
        ),
      ),
    status: (id: string) => async (request: Request) => {
      const item = current.find((candidate) => candidate.id === id)!;
      if (request.headers.get('If-Match') !== `"${item.version}"`) {
        return problem('version-mismatch', 412);
      }
      const input = (await request.clone().json()) as { status: 'OPEN' | 'DONE'; note?: string };
      const changed: FollowUpView = {
        ...item,
        status: input.status,
        note: input.note ?? null,
        overdue: false,
        version: item.version + 1,
      };
      current = current.map((candidate) => (candidate.id === id ? changed : candidate));
      return json(changed);
    },
  };
}

const STATUS = (id: string) => `/api/v1/partnerships/${HERLEV_ID}/follow-ups/${id}/status`;

describe('MyFollowUpsPage', () => {
  it('opens from the main menu and lists my open items with their partnership and meeting', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/partnerships': page([summary()]),
      'GET /api/v1/me/follow-ups': followUpPage([LIGHTING]),
    });
    const { user, router } = renderRoute('/partnerskaber');

    const navigation = screen.getByRole('navigation', { name: 'Hovedmenu' });
    await user.click(within(navigation).getByRole('link', { name: 'Mine opfølgningspunkter' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mine opfølgningspunkter' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/opfoelgning');
    expect(
      within(navigation).getByRole('link', { name: 'Mine opfølgningspunkter' }),
    ).toHaveAttribute('aria-current', 'page');
    const [item] = within(
      await screen.findByRole('list', { name: 'Åbne opfølgningspunkter' }),
    ).getAllByRole('listitem');
    expect(item).toHaveTextContent('Ballerup undersøger belysningen ved stationen');
    expect(item).toHaveTextContent('Ansvarlig: Ballerup Kommune');
    expect(item).toHaveTextContent('Frist: 31. maj 2027');
    expect(within(item).getByRole('link', { name: HERLEV_NAME })).toHaveAttribute(
      'href',
      `/partnerskaber/${HERLEV_ID}`,
    );
    expect(
      within(item).getByRole('link', {
        name: 'Gå til mødet, hvor »Ballerup undersøger belysningen ved stationen« blev aftalt',
      }),
    ).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`);
    expect(screen.getByText('1 åbent opfølgningspunkt')).toBeVisible();
    await waitFor(() =>
      expect(document.title).toBe('Mine opfølgningspunkter – Partnerskabsportalen'),
    );
  });

  it('says overdue in words, not only in colour', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/me/follow-ups': followUpPage([REPORT, LIGHTING]),
    });

    renderRoute('/opfoelgning');

    const [report, lighting] = within(
      await screen.findByRole('list', { name: 'Åbne opfølgningspunkter' }),
    ).getAllByRole('listitem');
    expect(within(report).getByText('Overskredet')).toBeVisible();
    expect(report).toHaveTextContent('Frist: 1. februar 2027');
    expect(report).toHaveTextContent('Ansvarlig: Hanne Herlev');
    expect(within(lighting).queryByText('Overskredet')).not.toBeInTheDocument();
  });

  it('my follow-ups marks one done with a note, with If-Match of its version', async () => {
    const api = followUpApi([LIGHTING, REPORT]);
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/me/follow-ups': api.mine,
      [`POST ${STATUS(LIGHTING.id)}`]: api.status(LIGHTING.id),
    });
    const { user } = renderRoute('/opfoelgning');

    await user.click(
      await screen.findByRole('button', {
        name: 'Markér »Ballerup undersøger belysningen ved stationen« som udført',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Markér som udført' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Hvad blev gjort' }));
    await user.paste('Belysningen er udskiftet.');
    await user.click(within(dialog).getByRole('button', { name: 'Markér som udført' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(
        screen.queryByText('Ballerup undersøger belysningen ved stationen'),
      ).not.toBeInTheDocument(),
    );
    expect(
      screen.getByText('»Ballerup undersøger belysningen ved stationen« er markeret som udført.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Mine opfølgningspunkter' }),
    ).toHaveFocus();
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"2"');
    expect(await post?.json()).toEqual({ status: 'DONE', note: 'Belysningen er udskiftet.' });
  });

  it('shows the done items on request and reopens one', async () => {
    const api = followUpApi([{ ...LIGHTING, status: 'DONE', note: 'Belysningen er udskiftet.' }]);
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      'GET /api/v1/me/follow-ups': api.mine,
      [`POST ${STATUS(LIGHTING.id)}`]: api.status(LIGHTING.id),
    });
    const { user, router } = renderRoute('/opfoelgning');

    expect(await screen.findByText('Du har ingen åbne opfølgningspunkter.')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Udførte' }));

    const [item] = within(
      await screen.findByRole('list', { name: 'Udførte opfølgningspunkter' }),
    ).getAllByRole('listitem');
    expect(router.state.location.search).toBe('?vis=udfoerte');
    expect(item).toHaveTextContent('Udført');
    expect(item).toHaveTextContent('Note: Belysningen er udskiftet.');
    await user.click(
      within(item).getByRole('button', {
        name: 'Genåbn »Ballerup undersøger belysningen ved stationen«',
      }),
    );

    expect(await screen.findByText('Du har ingen udførte opfølgningspunkter endnu.')).toBeVisible();
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({ status: 'OPEN' });
  });
});

describe('PartnershipFollowUps', () => {
  it('lists the partnership’s open items on its meetings page', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership({ myRole: 'MEMBER' }),
      [`GET /api/v1/partnerships/${HERLEV_ID}/meetings`]: meetingPage([]),
      [`GET /api/v1/partnerships/${HERLEV_ID}/meetings/years`]: [meetingYear({ year: 2027 })],
      [`GET /api/v1/partnerships/${HERLEV_ID}/follow-ups`]: followUpPage([REPORT, LIGHTING]),
    });

    renderRoute(`/partnerskaber/${HERLEV_ID}/moeder`);

    const section = await screen.findByRole('region', { name: 'Åbne opfølgningspunkter' });
    const [report, lighting] = within(
      await within(section).findByRole('list', { name: 'Åbne opfølgningspunkter' }),
    ).getAllByRole('listitem');
    expect(within(report).getByText('Overskredet')).toBeVisible();
    // Hanne is responsible for the report, not for Ballerup's lighting.
    expect(within(report).getByRole('button', { name: /som udført/ })).toBeVisible();
    expect(within(lighting).queryByRole('button', { name: /som udført/ })).toBeNull();
    const list = new URL(requests.find((request) => request.url.includes('/follow-ups'))!.url);
    expect(Object.fromEntries(list.searchParams)).toEqual({
      status: 'OPEN',
      page: '0',
      size: '10',
    });
  });
});
