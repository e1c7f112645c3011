import { useNavigate } from 'react-router';
import { DecisionsPage } from '../../features/decisions/decisions-page';
import { WorkingGroupModal } from '../../features/working-groups/working-group-modal';
import { usePartnershipContext } from '../../lib/partnership-context';
import { paths } from '../paths';

/** The decisions register, where editors set up a working group from a decision. */
export function DecisionsRoute() {
  const { partnership } = usePartnershipContext();
  const navigate = useNavigate();
  return (
    <DecisionsPage
      groupForm={(dialog) => (
        <WorkingGroupModal
          {...dialog}
          partnership={partnership}
          group={null}
          onSaved={(created) =>
            void navigate(paths.workingGroup(partnership.id, created.id), {
              state: { created: created.name },
            })
          }
        />
      )}
    />
  );
}
