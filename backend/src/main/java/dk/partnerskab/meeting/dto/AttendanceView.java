package dk.partnerskab.meeting.dto;

import dk.partnerskab.meeting.attendance.AttendanceResponse;
import dk.partnerskab.meeting.attendance.Presence;
import dk.partnerskab.organisation.OrganisationRef;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One invited person: their answer and, on the day, their presence.")
public record AttendanceView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID personId,
        @Schema(required = true, examples = "Hanne Herlev") String name,
        @Schema(required = true, nullable = true) OrganisationRef organisation,
        @Schema(required = true) AttendanceResponse response,

        @Schema(required = true, nullable = true, description = "Reason for apologies, if given.")
        String reason,

        @Schema(required = true, nullable = true) Presence presence,

        @Schema(required = true, description = "Whether this is the caller.")
        boolean me,

        @Schema(required = true, description = "Version for If-Match on changes of this answer.")
        long version) {}
