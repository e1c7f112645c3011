package dk.partnerskab.meeting.dto;

import dk.partnerskab.meeting.minutes.FollowUpStatus;
import dk.partnerskab.organisation.OrganisationRef;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A follow-up item.")
public record FollowUpView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID partnershipId,
        @Schema(required = true) UUID meetingId,
        @Schema(required = true) UUID agendaItemId,
        @Schema(required = true) String title,
        @Schema(required = true, nullable = true) OrganisationRef responsibleOrganisation,
        @Schema(required = true, nullable = true) PersonRef responsiblePerson,
        @Schema(required = true, nullable = true) LocalDate dueDate,
        @Schema(required = true) FollowUpStatus status,
        @Schema(required = true, nullable = true) String note,

        @Schema(required = true, description = "Open and past its due date (Europe/Copenhagen).")
        boolean overdue,

        @Schema(required = true, description = "Version for If-Match on edits of this item.")
        long version) {}
