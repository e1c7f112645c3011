package dk.partnerskab.meeting.dto;

import dk.partnerskab.meeting.minutes.MinutesChangeKind;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A difference from the previous version; texts are plain text.")
public record MinutesChange(
        @Schema(required = true) UUID agendaItemId,
        @Schema(required = true) String itemTitle,
        @Schema(required = true) MinutesChangeKind kind,
        @Schema(required = true, nullable = true) String before,
        @Schema(required = true, nullable = true) String after) {}
