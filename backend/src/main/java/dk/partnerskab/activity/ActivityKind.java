package dk.partnerskab.activity;

/** Kinds of activity the partnerships run. */
public enum ActivityKind {
    /** Tryghedsvandring: a walk through an area with residents, ending in a report. */
    SAFETY_WALK,
    /** A targeted effort where the figures point (hotspot). */
    HOTSPOT,
    CITIZENS_MEETING,
    CAMPAIGN,
    COLLABORATION,
    OTHER
}
