package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.focusareas.FocusArea;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A numbered focus area (indsatsområde).")
public record FocusAreaView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "1") int number,

        @Schema(required = true, examples = "Anvendelse af risikoprofiler")
        String title,

        @Schema(required = true, nullable = true) String description,

        @Schema(required = true, description = "Retired focus areas are kept for history.")
        boolean retired,

        @Schema(required = true, description = "Version for If-Match on edits of this focus area.")
        long version) {

    public static FocusAreaView of(FocusArea f) {
        return new FocusAreaView(f.id, f.number, f.title, f.description, f.retired, f.version);
    }
}
