package dk.partnerskab.meeting.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.meeting.attendance.AttendanceResponse;
import dk.partnerskab.meeting.attendance.Presence;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An answer to the invitation, and for the chair, secretariat and admins the presence on the day.")
public record AttendanceUpdate(
        @Schema(required = true, description = "ATTENDING or APOLOGIES (afbud); INVITED withdraws an answer.") @NotNull
        AttendanceResponse response,

        @Schema(maxLength = 500, description = "Optional reason for apologies.", examples = "Ferie")
        @Size(max = 500)
        @NoCprNumber
        String reason,

        @Schema(
                description =
                        "PRESENT or ABSENT; only the chair, secretariat and admins set it, from the meeting's day.")
        Presence presence) {}
