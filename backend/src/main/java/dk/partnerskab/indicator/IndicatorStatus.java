package dk.partnerskab.indicator;

/** The traffic light of an indicator or a goal. */
public enum IndicatorStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NO_DATA;

    /** A goal's status: the worst of its indicators that have data; no data when none has. */
    public static IndicatorStatus rollUp(Iterable<IndicatorStatus> statuses) {
        IndicatorStatus worst = NO_DATA;
        for (IndicatorStatus s : statuses) {
            if (s == NO_DATA) {
                continue;
            }
            if (worst == NO_DATA || s.ordinal() > worst.ordinal()) {
                worst = s;
            }
        }
        return worst;
    }
}
