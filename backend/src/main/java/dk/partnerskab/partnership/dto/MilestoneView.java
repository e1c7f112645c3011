package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.DatePrecision;
import dk.partnerskab.partnership.Milestone;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A dated step in the partnership's timeline.")
public record MilestoneView(
        UUID id,
        @Schema(description = "The day; with precision MONTH only year and month are meaningful.", examples = "2016-10-01") LocalDate date,
        DatePrecision datePrecision,
        @Schema(examples = "Borgermøde") String title,
        String description) {

    public static MilestoneView of(Milestone m) {
        return new MilestoneView(m.id, m.occursOn, m.datePrecision, m.title, m.description);
    }
}
