import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../test/fake-api';
import { HERLEV_ID, me, partnership } from '../../test/fixtures';
import { attendanceList, MEETING_ID, meetingView } from '../../test/meeting-fixtures';
import { renderRoute } from '../../test/render';
import { GROUP_ID } from '../../test/working-group-fixtures';

const DETAIL = `/api/v1/partnerships/${HERLEV_ID}`;
const MEETING = `${DETAIL}/meetings/${MEETING_ID}`;
const MEETING_PATH = `/partnerskaber/${HERLEV_ID}/moeder/${MEETING_ID}`;
const GROUP = { id: GROUP_ID, name: 'Arbejdsgruppe om tryghedsvandringer' };

function stubMeeting(workingGroup: typeof GROUP | null) {
  fakeApi({
    'GET /api/v1/me': me(),
    [`GET ${DETAIL}`]: partnership(),
    [`GET ${MEETING}`]: meetingView({ workingGroup }),
    [`GET ${MEETING}/attendance`]: attendanceList([]),
  });
}

describe('MeetingFacts', () => {
  it('names the working group whose meeting it is, with a link to the group', async () => {
    stubMeeting(GROUP);

    renderRoute(MEETING_PATH);

    const link = await screen.findByRole('link', { name: GROUP.name });
    expect(link).toHaveAttribute('href', `/partnerskaber/${HERLEV_ID}/arbejdsgrupper/${GROUP_ID}`);
    expect(link.parentElement).toHaveTextContent(
      'Møde i arbejdsgruppen Arbejdsgruppe om tryghedsvandringer',
    );
  });

  it('says nothing about working groups for a meeting of the whole partnership', async () => {
    stubMeeting(null);

    renderRoute(MEETING_PATH);

    expect(await screen.findByText('tirsdag 9. marts 2027 kl. 13.00–15.00')).toBeVisible();
    expect(screen.queryByText(/arbejdsgruppen/)).not.toBeInTheDocument();
  });
});
