package dk.partnerskab.indicator.dto;

import dk.partnerskab.indicator.Frequency;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "The values a caller reports for one period of a partnership, indicator by indicator and area by "
                + "area, with what is stored already: the form to enter a period in one go.")
public record ReportingGrid(
        @Schema(required = true) UUID partnershipId,
        @Schema(required = true) String partnershipName,
        @Schema(required = true, examples = "2026-03") String period,
        @Schema(required = true) Frequency frequency,

        @Schema(
                required = true,
                description = "The frequencies of the indicators the caller reports for, month before quarter before "
                        + "year, each with its latest finished period.")
        List<Due> frequencies,

        @Schema(
                required = true,
                description = "The indicators of the period's frequency that the caller reports for, by code.")
        List<Row> indicators) {

    @Schema(name = "ReportingGridFrequency")
    public record Due(
            @Schema(required = true) Frequency frequency,

            @Schema(required = true, description = "The latest finished period.", examples = "2026-02")
            String period) {}

    @Schema(name = "ReportingGridRow")
    public record Row(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "IND-01") String code,
            @Schema(required = true) String name,
            @Schema(required = true, examples = "antal") String unit,
            @Schema(required = true) boolean allowNegative,

            @Schema(required = true, nullable = true, description = "Where the values usually come from.")
            String dataSource,

            @Schema(required = true, description = "One per area, in the indicator's order.")
            List<Cell> cells) {}

    @Schema(name = "ReportingGridCell")
    public record Cell(
            @Schema(required = true) UUID areaId,
            @Schema(required = true, examples = "Herlev") String areaName,

            @Schema(required = true, nullable = true, description = "The stored value, null when none.")
            UUID measurementId,

            @Schema(required = true, nullable = true) BigDecimal value,
            @Schema(required = true, nullable = true) String source,
            @Schema(required = true, nullable = true) String note,

            @Schema(
                    required = true,
                    nullable = true,
                    description = "The stored value's version, to send back with a correction; null when none.")
            Long version) {}
}
