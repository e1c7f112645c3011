export type {
  WorkingGroupClosing,
  WorkingGroupInput,
  WorkingGroupPage,
  WorkingGroupStatus,
  WorkingGroupView,
} from '../../api/types';
