package dk.partnerskab.workinggroup.dto;

import dk.partnerskab.meeting.dto.PersonRef;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.partnership.dto.FocusAreaRef;
import dk.partnerskab.workinggroup.WorkingGroupStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WorkingGroupView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID partnershipId,

        @Schema(required = true, examples = "Arbejdsgruppe om tryghedsvandringer")
        String name,

        @Schema(required = true, nullable = true, description = "Sanitised rich text.")
        String mandate,

        @Schema(required = true, nullable = true) FocusAreaRef focusArea,
        @Schema(required = true, nullable = true) OrganisationRef leadOrganisation,
        @Schema(required = true, nullable = true) LocalDate deadline,
        @Schema(required = true) WorkingGroupStatus status,
        @Schema(required = true, nullable = true) String closingReport,
        @Schema(required = true, nullable = true) OffsetDateTime closedAt,

        @Schema(required = true, nullable = true, description = "The decision that set it up.")
        DecisionRef decision,

        @Schema(required = true) List<PersonRef> members,

        @Schema(required = true, description = "Whether the caller may change it.")
        boolean canEdit,

        @Schema(required = true, description = "Version for If-Match on edits.")
        long version) {

    public record DecisionRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String text,
            @Schema(required = true) UUID meetingId,
            @Schema(required = true) String meetingTitle) {}
}
