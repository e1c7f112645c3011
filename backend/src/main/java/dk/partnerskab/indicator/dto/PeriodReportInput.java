package dk.partnerskab.indicator.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Values of one period for several indicators and areas, stored together or not at all; each is "
                + "entered or corrected as a single value would be.")
public record PeriodReportInput(
        @Schema(required = true, maxLength = 10, examples = "2026-03") @NotBlank @Size(max = 10)
        String period,

        @Schema(required = true, maxItems = 1000) @NotNull @Size(min = 1, max = 1000)
        List<@Valid @NotNull Value> values) {

    @Schema(name = "PeriodReportValue")
    public record Value(
            @Schema(required = true) @NotNull UUID indicatorId,
            @Schema(required = true) @NotNull UUID areaId,

            @Schema(required = true, examples = "14") @NotNull @DecimalMin("-1e12") @DecimalMax("1e12")
            BigDecimal value,

            @Schema(maxLength = 300) @Size(max = 300) @NoCprNumber
            String source,

            @Schema(maxLength = 1000) @Size(max = 1000) @NoCprNumber
            String note,

            @Schema(
                    nullable = true,
                    description =
                            "The version of the stored value this corrects, as read; null or absent for a new value.")
            Long version,

            @Schema(
                    description = "Set after the answer confirmation-required named this value: it is far above the "
                            + "recent ones and meant so.")
            Boolean confirmed) {}
}
