package dk.partnerskab.partnership.members;

/** A person's role inside one partnership. */
public enum MemberRole {
    CHAIR,
    SECRETARIAT,
    MEMBER,
    OBSERVER
}
