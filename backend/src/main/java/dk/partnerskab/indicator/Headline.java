package dk.partnerskab.indicator;

import java.math.BigDecimal;

/**
 * What an indicator says wherever it is shown (list, page, goals, dashboard): its newest value,
 * how complete that value is, and its traffic light. The rule, in one place:
 *
 * <ol>
 * <li>The <b>latest value</b> is the total of the newest period with any value, over the areas
 * that have reported, with its {@link Completeness} ("2 af 3 områder"). It is shown even when
 * incomplete, marked as such.</li>
 * <li>The <b>status</b> waits for a complete period: it is {@link StatusRule} applied to the
 * newest period in which every area has reported ({@code statusPeriod}); no data when there is
 * none. A partial total is never the partnership's status: Herlev's burglaries alone are fewer
 * than the three kommuner's, and would read as progress.</li>
 * <li>When the newest period is incomplete, a <b>preliminary status</b> is {@link StatusRule}
 * applied to its partial total, but only for averaged indicators (rates, scores, surveys), where
 * the mean of the areas that reported estimates the mean of all. Counts and stocks add up across
 * areas, so their partial total is only a lower bound and gets no preliminary status; and a
 * preliminary status that would say "no data" is left out.</li>
 * </ol>
 */
public final class Headline {

    private Headline() {}

    /** Where the indicator starts from and is to get to, as {@link StatusRule} reads it. */
    public record Plan(
            boolean upIsGood,
            Aggregation aggregation,
            BigDecimal baseline,
            Period baselinePeriod,
            BigDecimal target,
            Period targetPeriod) {}

    /** The total of one period over the areas that reported for it. */
    public record Total(Period period, BigDecimal value, Completeness completeness) {}

    /**
     * The headline of an indicator.
     *
     * @param latest the newest period with values, or null when there is none
     * @param status the traffic light of {@code statusPeriod}
     * @param statusPeriod the newest complete period, or null when none is complete
     * @param preliminaryStatus the traffic light of an incomplete {@code latest}, or null
     */
    public record Result(Total latest, IndicatorStatus status, Period statusPeriod, IndicatorStatus preliminaryStatus) {

        /** Whether the latest value lacks areas. */
        public boolean incomplete() {
            return latest != null && !latest.completeness().complete();
        }
    }

    /**
     * @param newest the newest period with any value, or null
     * @param newestComplete the newest period every area has reported for, or null; when it is the
     *     same period as {@code newest}, either may be passed
     */
    public static Result of(Plan plan, Total newest, Total newestComplete) {
        if (newest == null) {
            return new Result(null, IndicatorStatus.NO_DATA, null, null);
        }
        if (newest.completeness().complete()) {
            return new Result(newest, status(plan, newest), newest.period(), null);
        }
        Total settled = newestComplete == null || !newestComplete.completeness().complete() ? null : newestComplete;
        IndicatorStatus status = settled == null ? IndicatorStatus.NO_DATA : status(plan, settled);
        IndicatorStatus preliminary = null;
        if (plan.aggregation() == Aggregation.AVERAGE) {
            IndicatorStatus partial = status(plan, newest);
            preliminary = partial == IndicatorStatus.NO_DATA ? null : partial;
        }
        return new Result(newest, status, settled == null ? null : settled.period(), preliminary);
    }

    private static IndicatorStatus status(Plan plan, Total total) {
        return StatusRule.status(
                plan.upIsGood(),
                plan.baseline(),
                plan.baselinePeriod(),
                plan.target(),
                plan.targetPeriod(),
                total.value(),
                total.period());
    }
}
