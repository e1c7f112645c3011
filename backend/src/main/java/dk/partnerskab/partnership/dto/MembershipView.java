package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.members.MemberRole;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A partnership the caller is a member of, with their role.")
public record MembershipView(
        @Schema(required = true) UUID partnershipId,
        @Schema(required = true) String partnershipName,
        @Schema(required = true) MemberRole role) {}
