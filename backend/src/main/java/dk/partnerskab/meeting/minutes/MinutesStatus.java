package dk.partnerskab.meeting.minutes;

/**
 * The minutes' workflow: written as a draft, sent to the members for comments until a deadline,
 * approved by the secretariat, published. Published minutes do not change.
 */
public enum MinutesStatus {
    DRAFT,
    IN_COMMENT,
    APPROVED,
    PUBLISHED
}
