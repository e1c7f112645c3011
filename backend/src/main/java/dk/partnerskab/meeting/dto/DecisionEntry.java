package dk.partnerskab.meeting.dto;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A decision in the register, with the meeting and item it was made under.")
public record DecisionEntry(
        @Schema(required = true) UUID id,
        @Schema(required = true) String text,
        @Schema(required = true) UUID meetingId,
        @Schema(required = true) String meetingTitle,
        @Schema(required = true) OffsetDateTime meetingStartsAt,
        @Schema(required = true) UUID agendaItemId,
        @Schema(required = true) String agendaItemTitle) {}
