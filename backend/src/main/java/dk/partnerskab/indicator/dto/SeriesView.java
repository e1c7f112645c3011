package dk.partnerskab.indicator.dto;

import dk.partnerskab.indicator.Frequency;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "An indicator's values in time order, per area and for all areas together, at the asked frequency.")
public record SeriesView(
        @Schema(required = true) Frequency frequency,
        @Schema(required = true) List<AreaSeries> areas,

        @Schema(required = true, description = "All areas together (counts add up, rates average).")
        List<Point> total,

        @Schema(required = true, nullable = true) BigDecimal baselineValue,
        @Schema(required = true, nullable = true) String baselinePeriod,
        @Schema(required = true, nullable = true) BigDecimal targetValue,
        @Schema(required = true, nullable = true) String targetPeriod) {

    public record AreaSeries(
            @Schema(required = true) UUID areaId,
            @Schema(required = true) String name,
            @Schema(required = true) List<Point> points) {}

    public record Point(
            @Schema(required = true, examples = "2026-Q1") String period,
            @Schema(required = true) BigDecimal value,

            @Schema(required = true, description = "Every shorter period (and for the total every area) had a value.")
            boolean complete) {}
}
