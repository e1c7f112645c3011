package dk.partnerskab.activity.dto;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.partnerskab.activity.ActivityKind;
import dk.partnerskab.activity.ActivityStatus;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.partnership.dto.FocusAreaRef;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ActivityView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID partnershipId,
        @Schema(required = true) String title,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true) ActivityKind kind,
        @Schema(required = true, nullable = true) String track,
        @Schema(required = true, nullable = true) FocusAreaRef focusArea,
        @Schema(required = true, nullable = true) String targetGroup,
        @Schema(required = true, nullable = true) String responsible,
        @Schema(required = true, nullable = true) OrganisationRef responsibleOrganisation,
        @Schema(required = true, nullable = true) String intendedOutcome,
        @Schema(required = true) boolean specialFocus,
        @JsonUnwrapped Period period,
        @Schema(required = true) List<Ref> goals,
        @Schema(required = true) List<Ref> indicators,

        @Schema(required = true, nullable = true, description = "The attached report, e.g. of a safety walk.")
        Report report,

        @Schema(required = true) boolean canEdit,

        @Schema(required = true, description = "Version for If-Match on edits.")
        long version) {

    public record Ref(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name) {}

    /** When the activity runs and how far it has come. */
    public record Period(
            @Schema(required = true, nullable = true) LocalDate startsOn,
            @Schema(required = true, nullable = true) LocalDate endsOn,
            @Schema(required = true) ActivityStatus status) {}

    public record Report(
            @Schema(required = true) String filename,
            @Schema(required = true) String contentType,
            @Schema(required = true) int sizeBytes) {}
}
