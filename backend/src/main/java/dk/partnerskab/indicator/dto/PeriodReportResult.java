package dk.partnerskab.indicator.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What storing a period's values did.")
public record PeriodReportResult(
        @Schema(required = true, examples = "2026-03") String period,
        @Schema(required = true) int created,
        @Schema(required = true) int corrected,
        @Schema(required = true) int unchanged,

        @Schema(required = true, description = "The stored values, in the order sent.")
        List<Stored> values) {

    @Schema(name = "PeriodReportStored")
    public record Stored(
            @Schema(required = true) UUID indicatorId,
            @Schema(required = true) MeasurementView measurement) {}
}
