package dk.partnerskab.meeting.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Everyone invited to a meeting, by name, with counts of the answers. "
                + "Not paged: it is bounded by the partnership's membership.")
public record AttendanceList(
        @Schema(required = true) List<AttendanceView> items,

        @Schema(required = true, description = "Invited people who answered attending.")
        long attending,

        @Schema(required = true, description = "Invited people who sent apologies.")
        long apologies,

        @Schema(required = true, description = "Invited people who have not answered.")
        long unanswered) {}
