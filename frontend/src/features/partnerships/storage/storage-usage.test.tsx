import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StorageView } from '../../../api/types';
import { fakeApi, json, problem } from '../../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const STORAGE = `${DETAIL}/storage`;
const DETAIL_PATH = `/partnerskaber/${HERLEV_ID}`;
const MB = 1024 * 1024;

function storage(overrides: Partial<StorageView> = {}): StorageView {
  return {
    usedBytes: 12_897_485,
    quotaBytes: 500 * MB,
    agreementDocuments: 482_133,
    agendaAttachments: 11_902_544,
    activityReports: 512_808,
    ...overrides,
  };
}

describe('StorageUsage', () => {
  it('shows the secretariat how much of the room for files is used, in Danish numbers', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${STORAGE}`]: storage(),
    });

    renderRoute(DETAIL_PATH);

    expect(await screen.findByText('Filer: 12,3 MB af 500 MB brugt')).toBeVisible();
    const bar = screen.getByRole('progressbar', { name: 'Filernes pladsforbrug' });
    expect(bar).toHaveAttribute('aria-valuenow', '2');
    expect(bar).toHaveAttribute('aria-valuetext', 'Filer: 12,3 MB af 500 MB brugt');
    expect(bar).toHaveAccessibleDescription(
      'Aftaler 471 kB · dagsordensbilag 11,4 MB · rapporter om indsatser 501 kB',
    );
    expect(screen.queryByText(/næsten ikke mere plads/)).not.toBeInTheDocument();
  });

  it('says what to do when the room is nearly used up', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'CHAIR' }),
      [`GET ${STORAGE}`]: storage({ usedBytes: 475 * MB }),
    });

    renderRoute(DETAIL_PATH);

    expect(await screen.findByText('Filer: 475 MB af 500 MB brugt')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Filernes pladsforbrug' })).toHaveAttribute(
      'aria-valuenow',
      '95',
    );
    expect(
      screen.getByText(
        'Der er næsten ikke mere plads til filer. Slet filer, der ikke længere er brug for, eller bed portalens administratorer om mere plads.',
      ),
    ).toBeVisible();
  });

  it('shows members nothing and does not ask for it', async () => {
    const { requests } = fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'MEMBER' }),
      [`GET ${STORAGE}`]: storage(),
    });

    renderRoute(DETAIL_PATH);

    expect(await screen.findByRole('heading', { level: 2, name: 'Indsatsområder' })).toBeVisible();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(requests.map((request) => new URL(request.url).pathname)).not.toContain(STORAGE);
  });

  it('says it is loading, and offers to try again when it could not be read', async () => {
    let answer: (response: Response) => void = () => undefined;
    let calls = 0;
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${STORAGE}`]: () => {
        calls += 1;
        return calls === 1
          ? new Promise<Response>((resolve) => {
              answer = resolve;
            })
          : json(storage());
      },
    });
    const { user } = renderRoute(DETAIL_PATH);

    expect(await screen.findByText('Henter filernes pladsforbrug …')).toHaveAttribute(
      'role',
      'status',
    );
    answer(problem('internal', 500));
    expect(await screen.findByText('Filernes pladsforbrug kunne ikke hentes.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));

    expect(await screen.findByText('Filer: 12,3 MB af 500 MB brugt')).toBeVisible();
  });

  it('is written in English too', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET ${DETAIL}`]: partnership({ myRole: 'SECRETARIAT' }),
      [`GET ${STORAGE}`]: storage(),
    });
    const { user } = renderRoute(DETAIL_PATH);
    await screen.findByText('Filer: 12,3 MB af 500 MB brugt');

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByText('Files: 12.3 MB of 500 MB used')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Storage used by files' })).toBeVisible();
  });
});
