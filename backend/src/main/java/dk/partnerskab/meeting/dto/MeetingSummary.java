package dk.partnerskab.meeting.dto;

import dk.partnerskab.meeting.Meeting;
import dk.partnerskab.meeting.MeetingStatus;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A meeting in a list.")
public record MeetingSummary(
        @Schema(required = true) UUID id,

        @Schema(required = true, examples = "Partnerskabsmøde – 1. kvartal 2027")
        String title,

        @Schema(
                required = true,
                description = "Start in Europe/Copenhagen time.",
                examples = "2027-03-09T13:00:00+01:00")
        OffsetDateTime startsAt,

        @Schema(required = true, examples = "120") int durationMinutes,
        @Schema(required = true, nullable = true) String place,
        @Schema(required = true, nullable = true) String onlineUrl,
        @Schema(required = true) MeetingStatus status,

        @Schema(required = true, nullable = true, description = "The working group whose meeting it is.")
        UUID workingGroupId,

        @Schema(required = true, description = "Version for If-Match on edits of this meeting.")
        long version) {

    public static MeetingSummary of(Meeting m, ZoneId zone) {
        return new MeetingSummary(
                m.id,
                m.title,
                m.startsAt.atZone(zone).toOffsetDateTime(),
                m.durationMinutes,
                m.place,
                m.onlineUrl,
                m.status,
                m.workingGroupId,
                m.version);
    }
}
