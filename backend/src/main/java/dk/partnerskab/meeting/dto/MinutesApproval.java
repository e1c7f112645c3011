package dk.partnerskab.meeting.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Approves the minutes: after the comment deadline, or earlier when approved at a meeting.")
public record MinutesApproval(
        @Schema(
                description =
                        "The partnership approved them at a meeting, so the deadline need not have passed; default false.")
        Boolean atMeeting) {}
