package dk.partnerskab.partnership.dto;

import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.partnership.members.MemberRole;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person's membership of the partnership.")
public record MemberView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID personId,

        @Schema(required = true, examples = "Lene Bøgh Andersen")
        String name,

        @Schema(required = true, nullable = true) String email,
        @Schema(required = true, nullable = true) OrganisationRef organisation,
        @Schema(required = true) MemberRole role,

        @Schema(required = true, description = "True until the person logs in for the first time.")
        boolean invited,

        @Schema(
                required = true,
                description = "A secretariat member who keeps the rights when another organisation takes the chair.")
        boolean keepsSecretariatRights,

        @Schema(required = true, description = "Version for If-Match on edits of this membership.")
        long version) {}
