import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MemberRole, PartnershipStatus } from '../../api/types';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import { renderRoute } from '../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const DETAIL_PATH = `/partnerskaber/${HERLEV_ID}`;

const EDIT_CONTROLS = [
  'Rediger aftalen',
  'Skift status',
  'Tilføj indsatsområde',
  'Rediger »Anvendelse af risikoprofiler«',
  'Slet »Anvendelse af risikoprofiler«',
  'Flyt ned »Anvendelse af risikoprofiler«',
];

describe('PartnershipAgreementPage', () => {
  it.each<[string, MemberRole | null, string[]]>([
    ['a member', 'MEMBER', ['user']],
    ['an observer', 'OBSERVER', ['user']],
    ['an integration', null, ['integration']],
  ])('shows %s no edit controls', async (_, myRole, roles) => {
    fakeApi({
      'GET /api/v1/me': me({ roles }),
      [`GET ${DETAIL}`]: partnership({ myRole }),
    });

    renderRoute(DETAIL_PATH);

    expect(await screen.findByRole('heading', { level: 2, name: 'Indsatsområder' })).toBeVisible();
    for (const name of EDIT_CONTROLS) {
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('tells how many days the agreement has left', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-12-01T10:00:00Z'));
    try {
      const current = partnership().terms[0];
      fakeApi({
        'GET /api/v1/me': me(),
        [`GET ${DETAIL}`]: partnership({
          terms: [{ ...current, startDate: '2024-01-01', endDate: '2027-12-31' }],
        }),
      });

      renderRoute(DETAIL_PATH);

      expect(
        await screen.findByText('Aftalen udløber om 30 dage (31. december 2027).'),
      ).toBeVisible();
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows the API when a secretariat member has handed the rights over with the chair', async () => {
    fakeApi({
      'GET /api/v1/me': me({ roles: ['user'] }),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT', canEdit: false }),
    });

    renderRoute(DETAIL_PATH);

    expect(await screen.findByRole('heading', { level: 2, name: 'Indsatsområder' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Rediger aftalen' })).not.toBeInTheDocument();
  });

  it.each<[string, MemberRole | null, string[]]>([
    ['the chair', 'CHAIR', ['user']],
    ['the secretariat', 'SECRETARIAT', ['user']],
    ['an administrator', null, ['admin']],
  ])('shows %s the edit controls', async (_, myRole, roles) => {
    fakeApi({
      'GET /api/v1/me': me({ roles }),
      [`GET ${DETAIL}`]: partnership({ myRole, canEdit: true }),
    });

    renderRoute(DETAIL_PATH);

    expect(await screen.findByRole('link', { name: 'Rediger aftalen' })).toHaveAttribute(
      'href',
      `${DETAIL_PATH}/rediger`,
    );
    for (const name of EDIT_CONTROLS.slice(1)) {
      expect(screen.getByRole('button', { name })).toBeVisible();
    }
  });

  it('links to the agreement, its members and its history, marking the current page', async () => {
    fakeApi({ 'GET /api/v1/me': me(), [`GET ${DETAIL}`]: partnership() });

    renderRoute(DETAIL_PATH);

    const navigation = await screen.findByRole('navigation', { name: 'Partnerskabet' });
    expect(within(navigation).getByRole('link', { name: 'Aftalen' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(navigation).getByRole('link', { name: 'Medlemmer' })).toHaveAttribute(
      'href',
      `${DETAIL_PATH}/medlemmer`,
    );
    expect(within(navigation).getByRole('link', { name: 'Historik' })).toHaveAttribute(
      'href',
      `${DETAIL_PATH}/historik`,
    );
  });
});

describe('changing the status', () => {
  it.each<[PartnershipStatus, string[]]>([
    ['DRAFT', ['Aktiv']],
    ['ACTIVE', ['Under evaluering']],
    ['UNDER_EVALUATION', ['Fornyet', 'Afsluttet']],
    ['RENEWED', ['Under evaluering']],
  ])('offers only the statuses allowed after %s', async (status, allowed) => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR', status }),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Skift status' }));

    const dialog = await screen.findByRole('dialog', { name: 'Skift status' });
    const options = within(dialog)
      .getAllByRole('radio')
      .map((radio) => radio.closest('.mantine-Radio-root')?.textContent);
    expect(options).toEqual(allowed);
  });

  it('offers no status change once the partnership has ended', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR', status: 'ENDED' }),
    });

    renderRoute(DETAIL_PATH);

    expect(await screen.findByRole('link', { name: 'Rediger aftalen' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Skift status' })).not.toBeInTheDocument();
  });

  it('moves the partnership on with If-Match, and shows the new status', async () => {
    let status: PartnershipStatus = 'ACTIVE';
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: () => json(partnership({ myRole: 'CHAIR', status, version: 5 })),
      [`POST ${DETAIL}/status`]: async (request) => {
        status = ((await request.clone().json()) as { status: PartnershipStatus }).status;
        return json(partnership({ myRole: 'CHAIR', status, version: 6 }));
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Skift status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skift status' });
    // Mantine fades the dialog in; on a loaded machine the text may still be transparent.
    await waitFor(() => expect(within(dialog).getByText('Nuværende status: Aktiv')).toBeVisible());
    expect(within(dialog).getByRole('radio', { name: 'Under evaluering' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Skift status' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByText('Under evaluering')).toBeVisible());
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"5"');
    expect(await post?.json()).toEqual({ status: 'UNDER_EVALUATION' });
  });

  it('shows the conflict message when someone else changed the partnership first', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR', status: 'ACTIVE' }),
      [`POST ${DETAIL}/status`]: () => problem('version-mismatch', 412),
    });
    const { user } = renderRoute(DETAIL_PATH);

    await user.click(await screen.findByRole('button', { name: 'Skift status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skift status' });
    await user.click(within(dialog).getByRole('button', { name: 'Skift status' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Nogen har ændret dette, mens du redigerede.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Genindlæs' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
