package dk.partnerskab.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Burglaries per year: baseline 200 in 2024, target 150 in 2028, fewer is better. The plan line
 * expects 187.5 in 2025, 175 in 2026, 162.5 in 2027; the tolerance is 10 % of the planned
 * change of 50, i.e. 5 burglaries.
 */
class StatusRuleTest {

    static IndicatorStatus burglaries(String latest, int year) {
        return StatusRule.status(
                false,
                new BigDecimal("200"),
                Period.year(2024),
                new BigDecimal("150"),
                Period.year(2028),
                latest == null ? null : new BigDecimal(latest),
                Period.year(year));
    }

    @Test
    void onTrackOnTheGoodSideOfThePlanLineOrWithinTheTolerance() {
        assertEquals(IndicatorStatus.ON_TRACK, burglaries("175", 2026), "exactly on the line");
        assertEquals(IndicatorStatus.ON_TRACK, burglaries("160", 2026), "ahead of the plan");
        assertEquals(IndicatorStatus.ON_TRACK, burglaries("180", 2026), "5 behind: within the tolerance");
        assertEquals(IndicatorStatus.ON_TRACK, burglaries("149", 2025), "the target is reached early");
        assertEquals(IndicatorStatus.ON_TRACK, burglaries("150", 2030), "at the target after its period");
    }

    @Test
    void atRiskWhenBehindThePlanButBetterThanTheBaseline() {
        assertEquals(IndicatorStatus.AT_RISK, burglaries("181", 2026), "6 behind the line of 175");
        assertEquals(IndicatorStatus.AT_RISK, burglaries("199", 2026));
        assertEquals(
                IndicatorStatus.AT_RISK, burglaries("160", 2029), "after the target period the plan is the target");
    }

    @Test
    void offTrackWhenNoBetterThanTheBaselineWhileAChangeIsExpected() {
        assertEquals(IndicatorStatus.OFF_TRACK, burglaries("200", 2026));
        assertEquals(IndicatorStatus.OFF_TRACK, burglaries("230", 2027));
    }

    @Test
    void atTheBaselinePeriodNothingIsExpectedYet() {
        assertEquals(IndicatorStatus.ON_TRACK, burglaries("200", 2024));
        assertEquals(IndicatorStatus.ON_TRACK, burglaries("204", 2023), "before the baseline: within 5 of no change");
    }

    @Test
    void moreIsBetterForNeighbourhoodWatchers() {
        // 40 watchers in 2024-Q1, target 100 in 2025-Q1: the line expects 70 at 2024-Q3.
        assertEquals(
                IndicatorStatus.ON_TRACK,
                StatusRule.status(
                        true,
                        new BigDecimal("40"),
                        Period.quarter(2024, 1),
                        new BigDecimal("100"),
                        Period.quarter(2025, 1),
                        new BigDecimal("65"),
                        Period.quarter(2024, 3)),
                "5 behind, tolerance 6");
        assertEquals(
                IndicatorStatus.AT_RISK,
                StatusRule.status(
                        true,
                        new BigDecimal("40"),
                        Period.quarter(2024, 1),
                        new BigDecimal("100"),
                        Period.quarter(2025, 1),
                        new BigDecimal("60"),
                        Period.quarter(2024, 3)));
        assertEquals(
                IndicatorStatus.OFF_TRACK,
                StatusRule.status(
                        true,
                        new BigDecimal("40"),
                        Period.quarter(2024, 1),
                        new BigDecimal("100"),
                        Period.quarter(2025, 1),
                        new BigDecimal("38"),
                        Period.quarter(2024, 3)));
    }

    @Test
    void holdingALevel() {
        // Safety score 80 to be held: tolerance 8.
        assertEquals(
                IndicatorStatus.ON_TRACK,
                StatusRule.status(
                        true,
                        new BigDecimal("80"),
                        Period.year(2024),
                        new BigDecimal("80"),
                        Period.year(2026),
                        new BigDecimal("81"),
                        Period.year(2025)));
        assertEquals(
                IndicatorStatus.AT_RISK,
                StatusRule.status(
                        true,
                        new BigDecimal("80"),
                        Period.year(2024),
                        new BigDecimal("80"),
                        Period.year(2026),
                        new BigDecimal("74"),
                        Period.year(2025)));
        assertEquals(
                IndicatorStatus.OFF_TRACK,
                StatusRule.status(
                        true,
                        new BigDecimal("80"),
                        Period.year(2024),
                        new BigDecimal("80"),
                        Period.year(2026),
                        new BigDecimal("70"),
                        Period.year(2025)));
    }

    @Test
    void noDataWithoutAValueOrSomethingToCompareWith() {
        assertEquals(IndicatorStatus.NO_DATA, burglaries(null, 2026));
        assertEquals(
                IndicatorStatus.NO_DATA,
                StatusRule.status(
                        false,
                        null,
                        null,
                        new BigDecimal("150"),
                        Period.year(2028),
                        new BigDecimal("170"),
                        Period.year(2026)));
    }

    @Test
    void aGoalIsAsGoodAsItsWorstIndicatorWithData() {
        assertEquals(
                IndicatorStatus.AT_RISK,
                IndicatorStatus.rollUp(
                        List.of(IndicatorStatus.ON_TRACK, IndicatorStatus.NO_DATA, IndicatorStatus.AT_RISK)));
        assertEquals(
                IndicatorStatus.OFF_TRACK,
                IndicatorStatus.rollUp(List.of(IndicatorStatus.OFF_TRACK, IndicatorStatus.ON_TRACK)));
        assertEquals(IndicatorStatus.NO_DATA, IndicatorStatus.rollUp(List.of(IndicatorStatus.NO_DATA)));
        assertEquals(IndicatorStatus.NO_DATA, IndicatorStatus.rollUp(List.of()));
    }
}
