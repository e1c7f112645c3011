package dk.partnerskab.partnership;

/** Lifecycle of an agreement: draft → active → under evaluation → renewed or ended. */
public enum PartnershipStatus {
    DRAFT, ACTIVE, UNDER_EVALUATION, RENEWED, ENDED
}
