package dk.partnerskab.partnership;

/** A person's role inside one partnership. */
public enum MemberRole {
    CHAIR, SECRETARIAT, MEMBER, OBSERVER
}
