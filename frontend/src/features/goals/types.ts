import type { GoalStatus } from '../../api/types';

export type { GoalIndicator, GoalInput, GoalPage, GoalStatus, GoalView } from '../../api/types';

export const GOAL_STATUSES: readonly GoalStatus[] = ['ACTIVE', 'ACHIEVED', 'DROPPED'];
