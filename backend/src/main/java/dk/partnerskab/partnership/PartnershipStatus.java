package dk.partnerskab.partnership;

/** Lifecycle of an agreement: draft → active → under evaluation → renewed or ended. */
public enum PartnershipStatus {
    DRAFT,
    ACTIVE,
    UNDER_EVALUATION,
    RENEWED,
    ENDED;

    /** The statuses this one may move to; ENDED is final, a renewed agreement is evaluated again. */
    public java.util.Set<PartnershipStatus> next() {
        return switch (this) {
            case DRAFT -> java.util.EnumSet.of(ACTIVE);
            case ACTIVE -> java.util.EnumSet.of(UNDER_EVALUATION);
            case UNDER_EVALUATION -> java.util.EnumSet.of(RENEWED, ENDED);
            case RENEWED -> java.util.EnumSet.of(UNDER_EVALUATION);
            case ENDED -> java.util.EnumSet.noneOf(PartnershipStatus.class);
        };
    }

    public boolean canMoveTo(PartnershipStatus target) {
        return next().contains(target);
    }
}
