package dk.partnerskab.indicator.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "One value for a period and area. Entering a period again corrects it; the old value stays in its history.")
public record MeasurementInput(
        @Schema(required = true) @NotNull UUID areaId,

        @Schema(required = true, maxLength = 10, examples = "2026-03") @NotBlank @Size(max = 10)
        String period,

        @Schema(required = true, examples = "14") @NotNull @DecimalMin("-1e12") @DecimalMax("1e12")
        BigDecimal value,

        @Schema(maxLength = 300, examples = "Politiets døgnrapport") @Size(max = 300) @NoCprNumber
        String source,

        @Schema(maxLength = 1000) @Size(max = 1000) @NoCprNumber
        String note,

        @Schema(
                description =
                        "Set after the answer confirmation-required: the value is far above the recent ones and meant so.")
        Boolean confirmed) {}
