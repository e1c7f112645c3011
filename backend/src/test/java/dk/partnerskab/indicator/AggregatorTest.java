package dk.partnerskab.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregatorTest {

    /** Burglaries Jan–Jun 2026 and Jan 2027: 10, 12, 8 | 5, (May missing), 7 | 4. */
    static Map<Period, BigDecimal> monthly() {
        Map<Period, BigDecimal> series = new LinkedHashMap<>();
        series.put(Period.month(2027, 1), new BigDecimal("4"));
        series.put(Period.month(2026, 1), new BigDecimal("10"));
        series.put(Period.month(2026, 2), new BigDecimal("12"));
        series.put(Period.month(2026, 3), new BigDecimal("8"));
        series.put(Period.month(2026, 4), new BigDecimal("5"));
        series.put(Period.month(2026, 6), new BigDecimal("7"));
        return series;
    }

    @Test
    void countsAddUpToQuartersAndMarkTheIncompleteOnes() {
        List<Aggregator.Point> quarters = Aggregator.aggregate(monthly(), Aggregation.SUM, Frequency.QUARTER);
        assertEquals(
                List.of(
                        new Aggregator.Point(Period.quarter(2026, 1), new BigDecimal("30"), true, 3),
                        new Aggregator.Point(Period.quarter(2026, 2), new BigDecimal("12"), false, 2),
                        new Aggregator.Point(Period.quarter(2027, 1), new BigDecimal("4"), false, 1)),
                quarters);
    }

    @Test
    void averagesAreTheMeanOfThePeriodsPresent() {
        List<Aggregator.Point> quarters = Aggregator.aggregate(monthly(), Aggregation.AVERAGE, Frequency.QUARTER);
        assertEquals(new BigDecimal("10"), quarters.get(0).value());
        assertEquals(new BigDecimal("6"), quarters.get(1).value(), "(5 + 7) / 2, May missing");
        List<Aggregator.Point> year = Aggregator.aggregate(monthly(), Aggregation.AVERAGE, Frequency.YEAR);
        assertEquals(new BigDecimal("8.4"), year.get(0).value(), "(10 + 12 + 8 + 5 + 7) / 5");
        assertEquals(false, year.get(0).complete());
    }

    @Test
    void stocksTakeTheLastValueOfThePeriod() {
        List<Aggregator.Point> quarters = Aggregator.aggregate(monthly(), Aggregation.LAST, Frequency.QUARTER);
        assertEquals(new BigDecimal("8"), quarters.get(0).value(), "March");
        assertEquals(new BigDecimal("7"), quarters.get(1).value(), "June");
        List<Aggregator.Point> years = Aggregator.aggregate(monthly(), Aggregation.LAST, Frequency.YEAR);
        assertEquals(new BigDecimal("7"), years.get(0).value(), "June is the last month of 2026 with a value");
        assertEquals(new BigDecimal("4"), years.get(1).value());
    }

    @Test
    void quartersAddUpToYears() {
        Map<Period, BigDecimal> quarters = new LinkedHashMap<>();
        for (int q = 1; q <= 4; q++) {
            quarters.put(Period.quarter(2025, q), BigDecimal.valueOf(q * 10L));
        }
        assertEquals(
                List.of(new Aggregator.Point(Period.year(2025), new BigDecimal("100"), true, 4)),
                Aggregator.aggregate(quarters, Aggregation.SUM, Frequency.YEAR));
    }

    @Test
    void areasAddUpForCountsAndAverageForRates() {
        List<BigDecimal> herlevBallerupGladsaxe =
                List.of(new BigDecimal("12"), new BigDecimal("7"), new BigDecimal("20"));
        assertEquals(new BigDecimal("39"), Aggregator.acrossAreas(herlevBallerupGladsaxe, Aggregation.SUM));
        assertEquals(new BigDecimal("13"), Aggregator.acrossAreas(herlevBallerupGladsaxe, Aggregation.AVERAGE));
    }
}
