package dk.partnerskab.search;

/** Where a search hit was found. */
public enum SearchHitKind {
    AGENDA_ITEM,
    MINUTES,
    DECISION,
    FOLLOW_UP
}
