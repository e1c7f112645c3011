import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MeetingInput, MeetingView } from '../../api/types';
import { fakeApi, json, problem } from '../../test/fake-api';
import { HERLEV_ID } from '../../test/fixtures';
import { MEETING_ID, meetingView } from '../../test/meeting-fixtures';
import { renderWithProviders } from '../../test/render';
import { GROUP_ID, workingGroup, workingGroupPage } from '../../test/working-group-fixtures';
import { MeetingModal } from './meeting-modal';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const GROUPS = `${DETAIL}/working-groups`;
const MEETINGS = `${DETAIL}/meetings`;

const LIGHTING = workingGroup({
  id: '50000000-0000-4000-8000-000000000002',
  name: 'Arbejdsgruppe om belysning',
});
const CLOSED = workingGroup({
  id: '50000000-0000-4000-8000-000000000003',
  name: 'Arbejdsgruppe om skolevejen',
  status: 'CLOSED',
  closedAt: '2026-06-30T10:00:00Z',
});

function openModal(meeting: MeetingView | null, onClose = vi.fn()) {
  return renderWithProviders(
    <MeetingModal
      opened
      session={1}
      partnershipId={HERLEV_ID}
      meeting={meeting}
      onClose={onClose}
    />,
  );
}

function optionsOf(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

describe('MeetingModal', () => {
  it('plans the meeting of an active working group, which only active groups are offered for', async () => {
    const onClose = vi.fn();
    const { requests } = fakeApi({
      [`GET ${GROUPS}`]: workingGroupPage([workingGroup(), LIGHTING, CLOSED]),
      [`POST ${MEETINGS}`]: async (request) => {
        const input = (await request.clone().json()) as MeetingInput;
        return json(meetingView({ ...input, workingGroup: workingGroup() }), 201);
      },
    });
    const { user } = openModal(null, onClose);

    const dialog = await screen.findByRole('dialog', { name: 'Planlæg møde' });
    const select = await within(dialog).findByRole('combobox', { name: 'Arbejdsgruppe' });
    expect(select).toHaveValue('');
    expect(select).toHaveDisplayValue('Hele partnerskabet');
    expect(select).toHaveAccessibleDescription(
      'Vælg en arbejdsgruppe, hvis det er gruppens møde. Så bliver gruppens medlemmer inviteret.',
    );
    expect(optionsOf(select)).toEqual([
      'Hele partnerskabet',
      'Arbejdsgruppe om tryghedsvandringer',
      'Arbejdsgruppe om belysning',
    ]);
    const list = new URL(requests.find((request) => request.url.includes(GROUPS))!.url);
    expect(list.searchParams.get('size')).toBe('100');

    await user.click(within(dialog).getByRole('textbox', { name: 'Titel' }));
    await user.paste('Møde i arbejdsgruppen');
    await user.type(within(dialog).getByLabelText(/^Dato/), '2027-03-09');
    await user.type(within(dialog).getByLabelText(/^Starttidspunkt/), '13:00');
    await user.selectOptions(select, 'Arbejdsgruppe om tryghedsvandringer');
    await user.click(within(dialog).getByRole('button', { name: 'Planlæg møde' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      title: 'Møde i arbejdsgruppen',
      startsAt: '2027-03-09T13:00:00+01:00',
      durationMinutes: 120,
      workingGroupId: GROUP_ID,
    });
  });

  it('keeps a closed group’s meeting with its group, and moves it to the whole partnership on request', async () => {
    const meeting = meetingView({ workingGroup: { id: CLOSED.id, name: CLOSED.name } });
    const bodies: unknown[] = [];
    fakeApi({
      [`GET ${GROUPS}`]: workingGroupPage([workingGroup(), CLOSED]),
      [`PUT ${MEETINGS}/${MEETING_ID}`]: async (request) => {
        bodies.push(await request.clone().json());
        return json(meeting);
      },
    });
    const { user } = openModal(meeting);

    const dialog = await screen.findByRole('dialog', { name: 'Ret mødet / flyt' });
    const select = await within(dialog).findByRole('combobox', { name: 'Arbejdsgruppe' });
    expect(select).toHaveValue(CLOSED.id);
    expect(optionsOf(select)).toEqual([
      'Hele partnerskabet',
      'Arbejdsgruppe om tryghedsvandringer',
      'Arbejdsgruppe om skolevejen (lukket)',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ workingGroupId: CLOSED.id });

    await user.selectOptions(select, 'Hele partnerskabet');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).not.toHaveProperty('workingGroupId');
  });

  it('shows the group the server rejected at the choice of working group', async () => {
    fakeApi({
      [`GET ${GROUPS}`]: workingGroupPage([workingGroup()]),
      [`PUT ${MEETINGS}/${MEETING_ID}`]: () =>
        problem('validation-failed', 400, {
          violations: [
            {
              field: 'workingGroupId',
              in: 'body',
              message: 'must be an active working group of this partnership',
            },
          ],
        }),
    });
    const { user } = openModal(meetingView());

    const dialog = await screen.findByRole('dialog', { name: 'Ret mødet / flyt' });
    const select = await within(dialog).findByRole('combobox', { name: 'Arbejdsgruppe' });
    await user.selectOptions(select, 'Arbejdsgruppe om tryghedsvandringer');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() =>
      expect(select).toHaveAccessibleDescription(
        expect.stringContaining('Vælg en af partnerskabets aktive arbejdsgrupper.'),
      ),
    );
  });

  it('says when the working groups cannot be read and still plans a meeting of the whole partnership', async () => {
    const onClose = vi.fn();
    let groupCalls = 0;
    const { requests } = fakeApi({
      [`GET ${GROUPS}`]: () => {
        groupCalls += 1;
        return groupCalls === 1
          ? problem('internal', 500)
          : json(workingGroupPage([workingGroup()]));
      },
      [`POST ${MEETINGS}`]: () => json(meetingView(), 201),
    });
    const { user } = openModal(null, onClose);

    const dialog = await screen.findByRole('dialog', { name: 'Planlæg møde' });
    expect(await within(dialog).findByText('Arbejdsgrupperne kunne ikke hentes')).toBeVisible();
    expect(
      within(dialog).queryByRole('combobox', { name: 'Arbejdsgruppe' }),
    ).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('textbox', { name: 'Titel' }));
    await user.paste('Partnerskabsmøde');
    await user.type(within(dialog).getByLabelText(/^Dato/), '2027-03-09');
    await user.type(within(dialog).getByLabelText(/^Starttidspunkt/), '13:00');
    await user.click(within(dialog).getByRole('button', { name: 'Planlæg møde' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).not.toHaveProperty('workingGroupId');

    await user.click(within(dialog).getByRole('button', { name: 'Prøv igen' }));

    expect(await within(dialog).findByRole('combobox', { name: 'Arbejdsgruppe' })).toBeVisible();
  });
});
