package dk.partnerskab.meeting.agenda;

/** Why an item is suggested for an agenda. */
public enum AgendaSuggestionKind {
    /** An open follow-up item due by the meeting's day. */
    FOLLOW_UP,
    /** An item of the previous meeting that was cancelled or got no minutes or decision. */
    CARRIED_OVER
}
