package dk.partnerskab.proposal;

public enum ProposalKind {
    FOCUS_AREA,
    ACTIVITY
}
