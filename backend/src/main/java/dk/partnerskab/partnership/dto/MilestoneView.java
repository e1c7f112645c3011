package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.DatePrecision;
import dk.partnerskab.partnership.Milestone;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A dated step in the partnership's timeline.")
public record MilestoneView(
        @Schema(required = true) UUID id,

        @Schema(
                required = true,
                description = "The day; with precision MONTH only year and month are meaningful.",
                examples = "2016-10-01")
        LocalDate date,

        @Schema(required = true) DatePrecision datePrecision,
        @Schema(required = true, examples = "Borgermøde") String title,
        @Schema(required = true, nullable = true) String description) {

    public static MilestoneView of(Milestone m) {
        return new MilestoneView(m.id, m.occursOn, m.datePrecision, m.title, m.description);
    }
}
