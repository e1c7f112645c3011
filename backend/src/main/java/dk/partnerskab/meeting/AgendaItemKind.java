package dk.partnerskab.meeting;

/** What the partnership is asked to do with an agenda item. */
public enum AgendaItemKind {
    INFORMATION, DISCUSSION, DECISION
}
