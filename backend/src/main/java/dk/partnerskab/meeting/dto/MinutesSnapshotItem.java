package dk.partnerskab.meeting.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One agenda item as the minutes stood when a version was published.")
public record MinutesSnapshotItem(
        @Schema(required = true) UUID agendaItemId,
        @Schema(required = true) int number,
        @Schema(required = true) String title,

        @Schema(required = true, nullable = true, description = "Sanitised rich text.")
        String minutes,

        @Schema(required = true) List<String> decisions,

        @Schema(required = true, description = "Each follow-up item with who answers for it and its due date.")
        List<String> followUps) {}
