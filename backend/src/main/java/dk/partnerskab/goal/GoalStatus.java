package dk.partnerskab.goal;

/** Where a goal stands as the partnership decides it; its indicators give the traffic light. */
public enum GoalStatus {
    ACTIVE,
    ACHIEVED,
    DROPPED
}
