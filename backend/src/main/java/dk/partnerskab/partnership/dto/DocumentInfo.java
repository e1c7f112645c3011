package dk.partnerskab.partnership.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An uploaded document, without its content.")
public record DocumentInfo(
        @Schema(required = true) UUID id,

        @Schema(required = true, examples = "partnerskabsaftale-2013.pdf")
        String filename,

        @Schema(required = true, examples = "482133") int sizeBytes,
        @Schema(required = true) Instant uploadedAt,
        @Schema(required = true) String uploadedBy) {}
