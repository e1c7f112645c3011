package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.PartnershipStatus;
import dk.partnerskab.partnership.members.MemberRole;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A partnership as listed.")
public record PartnershipSummary(
        @Schema(required = true) UUID id,

        @Schema(
                required = true,
                examples =
                        "Partnerskabsaftale for forebyggelse af bandekriminalitet og øget tryghed i Herlev, Ballerup og Gladsaxe")
        String name,

        @Schema(required = true, nullable = true) String description,
        @Schema(required = true) PartnershipStatus status,

        @Schema(required = true, nullable = true, description = "The term covering today (Europe/Copenhagen), if any.")
        TermView currentTerm,

        @Schema(
                required = true,
                nullable = true,
                description =
                        "The caller's role in this partnership; null for admins and integrations who are not members.")
        MemberRole myRole,

        @Schema(required = true, description = "Names of the parties, in the agreement's order.")
        List<String> partyNames) {}
