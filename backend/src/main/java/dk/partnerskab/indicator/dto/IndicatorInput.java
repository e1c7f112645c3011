package dk.partnerskab.indicator.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.indicator.Aggregation;
import dk.partnerskab.indicator.Frequency;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "An indicator to create or change. Periods are written 2026-03 (month), 2026-Q1 (quarter) or 2026 (year), "
                        + "in the indicator's frequency.")
public record IndicatorInput(
        @Schema(required = true, maxLength = 30, examples = "IND-01")
        @NotBlank
        @Size(max = 30)
        @Pattern(regexp = "[\\p{L}\\p{N}._-]+", message = "letters, digits, '.', '_' and '-' only")
        String code,

        @Schema(required = true, maxLength = 300, examples = "Anmeldte indbrud i private hjem")
        @NotBlank
        @Size(max = 300)
        @NoCprNumber
        String name,

        @Schema(maxLength = 5000) @Size(max = 5000) @NoCprNumber
        String description,

        @Schema(required = true, maxLength = 50, examples = "antal") @NotBlank @Size(max = 50) @NoCprNumber
        String unit,

        @Schema(
                required = true,
                description = "Whether a higher value is better (more neighbourhood watchers) or a lower one "
                        + "(fewer burglaries).")
        @NotNull
        Boolean upIsGood,

        @Schema(required = true) @NotNull Frequency frequency,

        @Schema(required = true, description = "How periods and areas add up: counts SUM, rates AVERAGE, stocks LAST.")
        @NotNull
        Aggregation aggregation,

        @Schema(description = "Whether values below zero are meaningful (e.g. a change); default false.")
        Boolean allowNegative,

        @Schema(examples = "212") @DecimalMin("-1e12") @DecimalMax("1e12")
        BigDecimal baselineValue,

        @Schema(examples = "2025", maxLength = 10) @Size(max = 10)
        String baselinePeriod,

        @Schema(examples = "170") @DecimalMin("-1e12") @DecimalMax("1e12")
        BigDecimal targetValue,

        @Schema(examples = "2028", maxLength = 10) @Size(max = 10)
        String targetPeriod,

        @Schema(maxLength = 500, examples = "Politiets døgnrapporter") @Size(max = 500) @NoCprNumber
        String dataSource,

        @Schema(description = "The organisation that reports the values.")
        UUID ownerOrganisationId,

        @Schema(
                description = "The areas the values are broken down by, in order; one area \"I alt\" when empty.",
                examples = "[\"Herlev\", \"Ballerup\", \"Gladsaxe\"]")
        @Size(max = 50)
        List<@NotBlank @Size(max = 200) @NoCprNumber String> areas) {}
