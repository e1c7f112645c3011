import { PartnershipFollowUps } from '../../features/follow-ups/partnership-follow-ups';
import { MeetingsPage } from '../../features/meetings/meetings-page';
import { usePartnershipContext } from '../../lib/partnership-context';

/** The meetings, with the follow-up items still open, to plan a meeting with them in view. */
export function MeetingsRoute() {
  const { partnership, canEdit } = usePartnershipContext();
  return (
    <MeetingsPage
      followUps={<PartnershipFollowUps partnership={partnership} canEdit={canEdit} />}
    />
  );
}
