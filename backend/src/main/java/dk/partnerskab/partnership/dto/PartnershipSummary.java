package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.MemberRole;
import dk.partnerskab.partnership.PartnershipStatus;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A partnership as listed.")
public record PartnershipSummary(
        UUID id,
        @Schema(examples = "Partnerskabsaftale for forebyggelse af bandekriminalitet og øget tryghed i Herlev, Ballerup og Gladsaxe") String name,
        String description,
        PartnershipStatus status,
        @Schema(description = "The term covering today (Europe/Copenhagen), if any.") TermView currentTerm,
        @Schema(description = "The caller's role in this partnership; absent for admins and integrations who are not members.") MemberRole myRole,
        @Schema(description = "Names of the parties, in the agreement's order.") List<String> partyNames) {
}
