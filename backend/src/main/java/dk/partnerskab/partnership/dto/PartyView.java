package dk.partnerskab.partnership.dto;

import dk.partnerskab.organisation.OrganisationRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A party to the agreement and the people who signed for it.")
public record PartyView(
        @Schema(required = true) java.util.UUID id,
        @Schema(required = true) OrganisationRef organisation,
        @Schema(required = true) List<SignatoryView> signatories,

        @Schema(required = true, description = "Version for If-Match when removing the party.")
        long version) {}
