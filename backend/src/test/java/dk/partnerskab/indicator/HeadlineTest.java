package dk.partnerskab.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Two indicators in three kommuner (Herlev, Gladsaxe, Gentofte), yearly, baseline in 2024 and
 * target in 2028, so the plan line is a quarter of the way in 2025 and half of it in 2026:
 *
 * <ul>
 * <li>burglaries, counted (SUM), 200 down to 150: the line expects 187.5 in 2025 and 175 in 2026,
 * with a tolerance of 5;</li>
 * <li>the safety index, a survey score (AVERAGE), 60 up to 80: the line expects 65 in 2025 and 70
 * in 2026, with a tolerance of 2.</li>
 * </ul>
 */
class HeadlineTest {

    static final Headline.Plan BURGLARIES = new Headline.Plan(
            false, Aggregation.SUM, new BigDecimal("200"), Period.year(2024), new BigDecimal("150"), Period.year(2028));
    static final Headline.Plan SAFETY = new Headline.Plan(
            true,
            Aggregation.AVERAGE,
            new BigDecimal("60"),
            Period.year(2024),
            new BigDecimal("80"),
            Period.year(2028));

    static Headline.Total total(int year, String value, int reported) {
        return new Headline.Total(Period.year(year), new BigDecimal(value), Completeness.of(reported, 3));
    }

    @Test
    void aCompleteLatestPeriodGivesTheStatusAndNothingPreliminary() {
        // 60 + 55 + 60 = 175 in 2026, on the line.
        Headline.Total all = total(2026, "175", 3);
        Headline.Result r = Headline.of(BURGLARIES, all, all);
        assertEquals(all, r.latest());
        assertFalse(r.incomplete());
        assertEquals(IndicatorStatus.ON_TRACK, r.status());
        assertEquals(Period.year(2026), r.statusPeriod());
        assertNull(r.preliminaryStatus());
    }

    @Test
    void thePartialSumOfTwoKommunerIsShownButTheStatusIsThatOfTheLastCompleteYear() {
        // 2026: Herlev 60 + Gladsaxe 55 = 115, Gentofte missing; read as the whole it would pass the target.
        // 2025 complete at 199: 11.5 behind the line of 187.5, more than the tolerance of 5, so at risk.
        Headline.Result r = Headline.of(BURGLARIES, total(2026, "115", 2), total(2025, "199", 3));
        assertTrue(r.incomplete());
        assertEquals(new BigDecimal("115"), r.latest().value());
        assertEquals(Completeness.of(2, 3), r.latest().completeness());
        assertEquals(IndicatorStatus.AT_RISK, r.status());
        assertEquals(Period.year(2025), r.statusPeriod());
        assertNull(r.preliminaryStatus(), "a partial count is a lower bound, not an estimate");
    }

    @Test
    void withoutAnyCompletePeriodTheStatusWaits() {
        Headline.Result r = Headline.of(BURGLARIES, total(2026, "60", 1), null);
        assertEquals(Completeness.of(1, 3), r.latest().completeness());
        assertEquals(IndicatorStatus.NO_DATA, r.status());
        assertNull(r.statusPeriod());
        assertNull(r.preliminaryStatus());
    }

    @Test
    void anAveragedIndicatorGetsAPreliminaryStatusFromTheAreasThatReported() {
        // 2025: (62 + 66 + 64) / 3 = 64, 1 short of the line of 65: within the tolerance of 2, on track.
        // 2026: (66 + 68) / 2 = 67 with Gentofte missing, 3 short of the line of 70: at risk, preliminary.
        Headline.Result r = Headline.of(SAFETY, total(2026, "67", 2), total(2025, "64", 3));
        assertEquals(IndicatorStatus.ON_TRACK, r.status());
        assertEquals(Period.year(2025), r.statusPeriod());
        assertEquals(IndicatorStatus.AT_RISK, r.preliminaryStatus());
    }

    @Test
    void anAveragedIndicatorWithoutAnyCompletePeriodHasOnlyAPreliminaryStatus() {
        // 2026: 71 from Herlev alone, 1 ahead of the line of 70.
        Headline.Result r = Headline.of(SAFETY, total(2026, "71", 1), null);
        assertEquals(IndicatorStatus.NO_DATA, r.status());
        assertEquals(IndicatorStatus.ON_TRACK, r.preliminaryStatus());
    }

    @Test
    void noPreliminaryStatusWithoutATargetToCompareWith() {
        Headline.Plan noTarget =
                new Headline.Plan(true, Aggregation.AVERAGE, new BigDecimal("60"), Period.year(2024), null, null);
        Headline.Result r = Headline.of(noTarget, total(2026, "67", 2), total(2025, "64", 3));
        assertEquals(IndicatorStatus.NO_DATA, r.status());
        assertEquals(Period.year(2025), r.statusPeriod());
        assertNull(r.preliminaryStatus());
    }

    @Test
    void noValueNoHeadline() {
        Headline.Result r = Headline.of(BURGLARIES, null, null);
        assertNull(r.latest());
        assertFalse(r.incomplete());
        assertEquals(IndicatorStatus.NO_DATA, r.status());
        assertNull(r.statusPeriod());
        assertNull(r.preliminaryStatus());
    }

    @Test
    void aSingleAreaIsAlwaysCompleteSoItsValueIsTheStatus() {
        Headline.Total herlev = new Headline.Total(Period.year(2026), new BigDecimal("175"), Completeness.of(1, 1));
        Headline.Result r = Headline.of(BURGLARIES, herlev, null);
        assertFalse(r.incomplete());
        assertEquals(IndicatorStatus.ON_TRACK, r.status());
        assertEquals(Period.year(2026), r.statusPeriod());
    }
}
