package dk.partnerskab.indicator.dto;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MeasurementView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID areaId,
        @Schema(required = true, examples = "2026-03") String period,
        @Schema(required = true, examples = "14") BigDecimal value,
        @Schema(required = true, nullable = true) String source,
        @Schema(required = true, nullable = true) String note,
        @Schema(required = true) OffsetDateTime enteredAt,
        @Schema(required = true) String enteredBy,

        @Schema(required = true, description = "How many times the value was corrected.")
        int revisions,

        @Schema(required = true, description = "Send it in If-Match to correct the value.")
        long version) {}
