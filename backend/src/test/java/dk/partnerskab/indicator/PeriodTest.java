package dk.partnerskab.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void periodsAreReadInTheirFrequencysFormOnly() {
        assertEquals(Optional.of(Period.month(2026, 3)), Period.parse("2026-03", Frequency.MONTH));
        assertEquals(Optional.of(Period.month(2026, 3)), Period.parse(" 2026-3 ", Frequency.MONTH));
        assertEquals(Optional.of(Period.quarter(2026, 1)), Period.parse("2026-Q1", Frequency.QUARTER));
        assertEquals(Optional.of(Period.quarter(2026, 4)), Period.parse("2026K4", Frequency.QUARTER));
        assertEquals(Optional.of(Period.year(2026)), Period.parse("2026", Frequency.YEAR));
        assertEquals(Optional.empty(), Period.parse("2026-13", Frequency.MONTH));
        assertEquals(Optional.empty(), Period.parse("2026-Q5", Frequency.QUARTER));
        assertEquals(Optional.empty(), Period.parse("2026-03", Frequency.QUARTER), "a month is not a quarter");
        assertEquals(Optional.empty(), Period.parse("2026", Frequency.MONTH));
        assertEquals(Optional.empty(), Period.parse("marts", Frequency.MONTH));
        assertEquals(Optional.empty(), Period.parse(null, Frequency.YEAR));
    }

    @Test
    void monthsLieInQuartersAndYears() {
        assertEquals(Period.quarter(2026, 2), Period.month(2026, 5).within(Frequency.QUARTER));
        assertEquals(Period.quarter(2026, 4), Period.month(2026, 12).within(Frequency.QUARTER));
        assertEquals(Period.year(2026), Period.quarter(2026, 3).within(Frequency.YEAR));
        assertEquals(Period.month(2027, 1), Period.month(2026, 12).next());
        assertEquals(1, Period.month(2027, 1).ordinal() - Period.month(2026, 12).ordinal());
        assertEquals("2026-03", Period.month(2026, 3).toString());
        assertEquals("2026-Q1", Period.quarter(2026, 1).toString());
        assertThrows(IllegalArgumentException.class, () -> Period.year(2026).within(Frequency.MONTH));
        assertTrue(Period.month(2026, 12).compareTo(Period.year(2026)) > 0, "December is after mid-year");
    }
}
