package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.members.MemberRole;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Change a member's role or the organisation they represent.")
public record MemberUpdate(
        @Schema(required = true) @NotNull MemberRole role,

        @Schema(description = "The organisation they represent here; null for none.")
        UUID organisationId,

        @Schema(
                description =
                        "For the secretariat: keep the rights when another organisation takes the chair; default false.")
        Boolean keepsSecretariatRights) {}
