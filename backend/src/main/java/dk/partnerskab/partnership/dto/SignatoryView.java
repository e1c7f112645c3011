package dk.partnerskab.partnership.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person who signed the agreement for a party.")
public record SignatoryView(
        @Schema(required = true, examples = "Kim Christiansen") String name,
        @Schema(required = true, nullable = true, examples = "Politidirektør") String title,
        @Schema(required = true, nullable = true, description = "The term this signature belongs to, when known.") UUID termId) {
}
