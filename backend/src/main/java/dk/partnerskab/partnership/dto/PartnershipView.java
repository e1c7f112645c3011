package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.PartnershipStatus;
import dk.partnerskab.partnership.members.MemberRole;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A whole partnership agreement.")
public record PartnershipView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true) PartnershipStatus status,

        @Schema(
                required = true,
                description = "Minimum number of meetings a year the agreement requires.",
                examples = "4")
        int minMeetingsPerYear,

        @Schema(required = true, nullable = true, description = "Rules of procedure (forretningsorden).")
        String rulesOfProcedure,

        @Schema(required = true, nullable = true) String economyNotes,

        @Schema(required = true, description = "Purposes (formål), in order.")
        List<String> purposes,

        @Schema(required = true, description = "Guiding principles (bærende principper), in order.")
        List<String> principles,

        @Schema(required = true) List<PartyView> parties,

        @Schema(required = true, description = "Terms, oldest first.")
        List<TermView> terms,

        @Schema(required = true, description = "Chair periods, oldest first.")
        List<ChairPeriodView> chairPeriods,

        @Schema(required = true, description = "Focus areas by number.")
        List<FocusAreaView> focusAreas,

        @Schema(required = true, description = "Milestones, oldest first.")
        List<MilestoneView> milestones,

        @Schema(
                required = true,
                nullable = true,
                description =
                        "The caller's role in this partnership; null for admins and integrations who are not members.")
        MemberRole myRole,

        @Schema(
                required = true,
                description = "Whether the caller may change this partnership (chair, the chairing "
                        + "organisation's secretariat, admins).")
        boolean canEdit,

        @Schema(required = true, description = "Version for optimistic locking; also sent as the ETag.")
        long version) {}
