package dk.partnerskab.person;

import dk.partnerskab.partnership.dto.MembershipView;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller: who they are and where they are a member.")
public record MeView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "herlev") String username,
        @Schema(required = true, examples = "Hanne Lund") String name,
        @Schema(required = true, nullable = true) String email,

        @Schema(
                required = true,
                nullable = true,
                description = "The caller's organisation, from the identity provider.",
                examples = "Herlev Kommune")
        String organisation,

        @Schema(required = true, description = "Realm roles: admin, user, integration.")
        List<String> roles,

        @Schema(required = true) List<MembershipView> memberships) {}
