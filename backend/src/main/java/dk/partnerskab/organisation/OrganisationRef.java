package dk.partnerskab.organisation;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as other resources refer to it. */
@Schema(description = "An organisation referred to by a partnership.")
public record OrganisationRef(
        @Schema(required = true) UUID id,

        @Schema(required = true, examples = "Herlev Kommune")
        String name,

        @Schema(required = true) OrganisationKind kind,

        @Schema(required = true, nullable = true, description = "Danish CVR number, 8 digits.", examples = "63640719")
        String cvr) {

    public static OrganisationRef of(Organisation o) {
        return new OrganisationRef(o.id, o.name, o.kind, o.cvr);
    }
}
