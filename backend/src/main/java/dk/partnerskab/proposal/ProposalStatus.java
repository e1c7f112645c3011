package dk.partnerskab.proposal;

/** SUBMITTED → ON_AGENDA → ACCEPTED or REJECTED (an answer may also come without an agenda item). */
public enum ProposalStatus {
    SUBMITTED,
    ON_AGENDA,
    ACCEPTED,
    REJECTED
}
