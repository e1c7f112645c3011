package dk.partnerskab.meeting.dto;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.partnerskab.meeting.MeetingStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A meeting with its agenda.")
public record MeetingView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID partnershipId,
        @Schema(required = true) String title,

        @Schema(required = true, description = "Start in Europe/Copenhagen time.")
        OffsetDateTime startsAt,

        @Schema(required = true) int durationMinutes,
        @Schema(required = true, nullable = true) String place,
        @Schema(required = true, nullable = true) String onlineUrl,
        @Schema(required = true) MeetingStatus status,

        @Schema(required = true, nullable = true, description = "The working group whose meeting it is.")
        WorkingGroupRef workingGroup,

        @Schema(required = true, nullable = true) String cancellationReason,

        @Schema(required = true, nullable = true, description = "When the agenda was published.")
        OffsetDateTime agendaPublishedAt,

        @Schema(required = true, description = "The agenda in order.")
        List<AgendaItemView> agenda,

        @JsonUnwrapped MinutesState minutes,

        @Schema(required = true, description = "Whether the caller may change the meeting and its agenda.")
        boolean canEdit,

        @Schema(required = true, description = "Version for If-Match on edits of this meeting.")
        long version) {

    public record WorkingGroupRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name) {}
}
