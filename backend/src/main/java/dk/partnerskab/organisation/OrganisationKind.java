package dk.partnerskab.organisation;

/** What kind of party an organisation is. */
public enum OrganisationKind {
    KOMMUNE,
    POLITIKREDS,
    BOLIGORGANISATION,
    FORENING,
    OTHER
}
