package dk.partnerskab.partnership.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A focus area as other things refer to it.")
public record FocusAreaRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "2") int number,

        @Schema(required = true, examples = "Dialog og kommunikation")
        String title) {}
