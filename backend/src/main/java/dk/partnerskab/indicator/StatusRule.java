package dk.partnerskab.indicator;

import java.math.BigDecimal;

/**
 * The traffic-light rule. The plan is a straight line from the baseline (value at the baseline
 * period) to the target (value at the target period); the latest value is compared with where
 * that line is at the latest value's period.
 *
 * <ul>
 * <li><b>no data</b>: no value yet, or no baseline or target to compare with;</li>
 * <li><b>on track</b>: the target is reached, or the latest value is on the good side of the plan
 * line or short of it by at most {@link #TOLERANCE} of the whole planned change;</li>
 * <li><b>at risk</b>: behind the plan by more than that, but better than the baseline;</li>
 * <li><b>off track</b>: no better than the baseline while the plan expects a change by now.</li>
 * </ul>
 * "Better" follows the indicator's direction: fewer burglaries is better, more neighbourhood
 * watchers is better. Before the baseline period the plan expects no change yet; after the target
 * period it expects the target. A target equal to the baseline means "hold the level": on track at
 * it or better, off track worse than it by more than the tolerance of the baseline, at risk in between.
 */
public final class StatusRule {

    /** The share of the planned change the latest value may lag the plan and still be on track. */
    public static final double TOLERANCE = 0.10;

    private StatusRule() {}

    public static IndicatorStatus status(
            boolean upIsGood,
            BigDecimal baseline,
            Period baselinePeriod,
            BigDecimal target,
            Period targetPeriod,
            BigDecimal latest,
            Period latestPeriod) {
        if (latest == null || baseline == null || target == null || baselinePeriod == null || targetPeriod == null) {
            return IndicatorStatus.NO_DATA;
        }
        double sign = upIsGood ? 1 : -1;
        double base = baseline.doubleValue();
        double goal = target.doubleValue();
        double now = latest.doubleValue();
        double total = (goal - base) * sign;
        if (total <= 0) {
            double slack = Math.abs(base) * TOLERANCE;
            double margin = (now - goal) * sign;
            return margin >= 0
                    ? IndicatorStatus.ON_TRACK
                    : margin >= -slack ? IndicatorStatus.AT_RISK : IndicatorStatus.OFF_TRACK;
        }
        double achieved = (now - base) * sign;
        if (achieved >= total) {
            return IndicatorStatus.ON_TRACK;
        }
        double span = targetPeriod.midYear() - baselinePeriod.midYear();
        double elapsed =
                span <= 0 ? 1 : Math.max(0, Math.min(1, (latestPeriod.midYear() - baselinePeriod.midYear()) / span));
        double planned = total * elapsed;
        if (achieved >= planned - TOLERANCE * total) {
            return IndicatorStatus.ON_TRACK;
        }
        return achieved > 0 ? IndicatorStatus.AT_RISK : IndicatorStatus.OFF_TRACK;
    }
}
