package dk.partnerskab.indicator.dto;

import dk.partnerskab.indicator.ImportOutcome;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the import does with one row of the file.")
public record ImportRow(
        @Schema(
                required = true,
                description = "The row's number in the file, counting the header as row 1.",
                examples = "2")
        int row,

        @Schema(required = true, nullable = true, examples = "IND-01")
        String indicatorCode,

        @Schema(required = true, nullable = true, examples = "Herlev")
        String area,

        @Schema(required = true, nullable = true, examples = "2026-03")
        String period,

        @Schema(required = true, nullable = true, examples = "14")
        BigDecimal value,

        @Schema(required = true) ImportOutcome outcome,

        @Schema(required = true, nullable = true, description = "Why the row is rejected.")
        dk.partnerskab.indicator.ImportRejection reason,

        @Schema(required = true, nullable = true, description = "The rejection in words.")
        String message,

        @Schema(required = true, nullable = true, description = "The value a correction replaces.")
        BigDecimal previousValue) {}
