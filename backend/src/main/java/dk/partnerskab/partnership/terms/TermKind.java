package dk.partnerskab.partnership.terms;

/** The first agreement period, or a renewal of it. */
public enum TermKind {
    INITIAL,
    RENEWAL
}
