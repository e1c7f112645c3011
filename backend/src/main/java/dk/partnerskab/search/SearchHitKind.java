package dk.partnerskab.search;

/** What a search hit is. */
public enum SearchHitKind {
    AGENDA_ITEM,
    MINUTES,
    DECISION,
    FOLLOW_UP,
    GOAL,
    INDICATOR,
    ACTIVITY,
    PROPOSAL,
    WORKING_GROUP,
    FOCUS_AREA,
    AGREEMENT
}
