package dk.partnerskab.meeting.minutes;

/** What a corrected version of the minutes changed against the version before it. */
public enum MinutesChangeKind {
    ITEM_ADDED,
    ITEM_REMOVED,
    MINUTES_CHANGED,
    DECISION_ADDED,
    DECISION_REMOVED,
    FOLLOW_UP_ADDED,
    FOLLOW_UP_REMOVED
}
