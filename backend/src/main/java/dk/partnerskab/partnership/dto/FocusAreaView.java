package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.FocusArea;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A numbered focus area (indsatsområde).")
public record FocusAreaView(
        UUID id,
        @Schema(examples = "1") int number,
        @Schema(examples = "Anvendelse af risikoprofiler") String title,
        String description,
        @Schema(description = "Retired focus areas are kept for history.") boolean retired) {

    public static FocusAreaView of(FocusArea f) {
        return new FocusAreaView(f.id, f.number, f.title, f.description, f.retired);
    }
}
