package dk.partnerskab.meeting.dto;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A member's comment on the draft minutes of an agenda item.")
public record CommentView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID agendaItemId,
        @Schema(required = true) PersonRef author,
        @Schema(required = true) String text,
        @Schema(required = true) OffsetDateTime createdAt,

        @Schema(
                required = true,
                nullable = true,
                description = "When the secretariat marked the comment handled; null while it is not.")
        OffsetDateTime handledAt,

        @Schema(required = true, nullable = true, description = "Who marked the comment handled.")
        PersonRef handledBy) {}
