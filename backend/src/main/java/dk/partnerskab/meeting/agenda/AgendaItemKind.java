package dk.partnerskab.meeting.agenda;

/** What the partnership is asked to do with an agenda item. */
public enum AgendaItemKind {
    INFORMATION,
    DISCUSSION,
    DECISION
}
