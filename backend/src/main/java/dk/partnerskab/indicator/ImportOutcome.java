package dk.partnerskab.indicator;

/** What an import does with a row. */
public enum ImportOutcome {
    CREATE,
    CORRECT,
    UNCHANGED,
    REJECT
}
