package dk.partnerskab.meeting.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A decision in the minutes.")
public record DecisionView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID agendaItemId,
        @Schema(required = true) String text,

        @Schema(required = true, description = "Version for If-Match on edits of this decision.")
        long version) {}
