package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.MemberRole;
import dk.partnerskab.partnership.PartnershipStatus;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A whole partnership agreement.")
public record PartnershipView(
        UUID id,
        String name,
        String description,
        PartnershipStatus status,
        @Schema(description = "Minimum number of meetings a year the agreement requires.", examples = "4") int minMeetingsPerYear,
        @Schema(description = "Rules of procedure (forretningsorden).") String rulesOfProcedure,
        String economyNotes,
        @Schema(description = "Purposes (formål), in order.") List<String> purposes,
        @Schema(description = "Guiding principles (bærende principper), in order.") List<String> principles,
        List<PartyView> parties,
        @Schema(description = "Terms, oldest first.") List<TermView> terms,
        @Schema(description = "Chair periods, oldest first.") List<ChairPeriodView> chairPeriods,
        @Schema(description = "Focus areas by number.") List<FocusAreaView> focusAreas,
        @Schema(description = "Milestones, oldest first.") List<MilestoneView> milestones,
        @Schema(description = "The caller's role in this partnership; absent for admins and integrations who are not members.") MemberRole myRole,
        @Schema(description = "Version for optimistic locking; also sent as the ETag.") long version) {
}
