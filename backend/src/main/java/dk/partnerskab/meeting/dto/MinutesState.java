package dk.partnerskab.meeting.dto;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a meeting's minutes are in their workflow; a meeting's view carries these as its own fields. */
public record MinutesState(
        @Schema(required = true) dk.partnerskab.meeting.minutes.MinutesStatus minutesStatus,

        @Schema(
                required = true,
                nullable = true,
                description = "Members comment on the draft minutes up to and including this day.")
        java.time.LocalDate minutesCommentDeadline,

        @Schema(
                required = true,
                nullable = true,
                description = "When the minutes were taken back from comments to work the comments in, while that "
                        + "revised draft is neither sent again nor approved. Such a draft may be approved on the "
                        + "comment round's terms: after its deadline, or at a meeting.")
        OffsetDateTime minutesRevisedAt,

        @Schema(required = true, nullable = true) OffsetDateTime minutesApprovedAt,
        @Schema(required = true, nullable = true) OffsetDateTime minutesPublishedAt,

        @Schema(
                required = true,
                description = "How many versions of the minutes were published; above 1 after corrections.")
        int minutesVersion,

        @Schema(
                required = true,
                nullable = true,
                description = "Why the published minutes are being corrected, while they are.")
        String minutesCorrectionReason) {}
