package dk.partnerskab.common.files;

/** The kinds of file the portal stores, each counted against a partnership's storage quota. */
public enum FileKind {
    AGREEMENT_DOCUMENTS,
    AGENDA_ATTACHMENTS,
    ACTIVITY_REPORTS
}
