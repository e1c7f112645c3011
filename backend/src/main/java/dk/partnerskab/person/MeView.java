package dk.partnerskab.person;

import dk.partnerskab.partnership.dto.MembershipView;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller: who they are and where they are a member.")
public record MeView(
        UUID id,
        @Schema(examples = "herlev") String username,
        @Schema(examples = "Hanne Lund") String name,
        String email,
        @Schema(description = "The caller's organisation, from the identity provider.", examples = "Herlev Kommune") String organisation,
        @Schema(description = "Realm roles: admin, user, integration.") List<String> roles,
        List<MembershipView> memberships) {
}
