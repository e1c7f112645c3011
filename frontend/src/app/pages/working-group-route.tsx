import { WorkingGroupGoals } from '../../features/goals/working-group-goals';
import { WorkingGroupPage } from '../../features/working-groups/working-group-page';
import { usePartnershipContext } from '../../lib/partnership-context';

/** One working group, with the goals set for it. */
export function WorkingGroupRoute() {
  const { partnership } = usePartnershipContext();
  return (
    <WorkingGroupPage
      goals={(group) => (
        <WorkingGroupGoals group={group} partnership={partnership} canEdit={group.canEdit} />
      )}
    />
  );
}
