package dk.partnerskab.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingDueTest {

    @Test
    void theDuePeriodIsTheLatestFinishedOne() {
        assertEquals(Period.month(2025, 12), ReportingService.due(Frequency.MONTH, LocalDate.of(2026, 1, 15)));
        assertEquals(Period.month(2026, 4), ReportingService.due(Frequency.MONTH, LocalDate.of(2026, 5, 31)));
        assertEquals(Period.quarter(2026, 1), ReportingService.due(Frequency.QUARTER, LocalDate.of(2026, 5, 2)));
        assertEquals(Period.quarter(2025, 4), ReportingService.due(Frequency.QUARTER, LocalDate.of(2026, 3, 31)));
        assertEquals(Period.year(2025), ReportingService.due(Frequency.YEAR, LocalDate.of(2026, 12, 31)));
    }
}
