package dk.partnerskab.indicator.dto;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value that was replaced by a correction, with who entered it and who replaced it.")
public record MeasurementRevisionView(
        @Schema(required = true) BigDecimal oldValue,
        @Schema(required = true, nullable = true) String oldSource,
        @Schema(required = true, nullable = true) String oldNote,
        @Schema(required = true) OffsetDateTime oldEnteredAt,
        @Schema(required = true) String oldEnteredBy,
        @Schema(required = true) OffsetDateTime revisedAt,
        @Schema(required = true) String revisedBy) {}
