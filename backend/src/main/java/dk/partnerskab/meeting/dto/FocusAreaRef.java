package dk.partnerskab.meeting.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The focus area an agenda item is about.")
public record FocusAreaRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "2") int number,
        @Schema(required = true, examples = "Dialog og kommunikation") String title) {
}
