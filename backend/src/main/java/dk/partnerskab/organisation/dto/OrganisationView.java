package dk.partnerskab.organisation.dto;

import dk.partnerskab.organisation.Organisation;
import dk.partnerskab.organisation.OrganisationKind;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organisation that can be a party to partnerships.")
public record OrganisationView(
        @Schema(required = true) UUID id,

        @Schema(required = true, examples = "Herlev Kommune")
        String name,

        @Schema(required = true) OrganisationKind kind,

        @Schema(required = true, nullable = true, examples = "63640719")
        String cvr,

        @Schema(required = true, description = "Deactivated organisations stay in history but cannot be chosen anew.")
        boolean active,

        @Schema(required = true) long version) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, o.kind, o.cvr, o.active, o.version);
    }
}
