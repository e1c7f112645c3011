package dk.partnerskab.organisation;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as other resources refer to it. */
@Schema(description = "An organisation referred to by a partnership.")
public record OrganisationRef(
        UUID id,
        @Schema(examples = "Herlev Kommune") String name,
        OrganisationKind kind,
        @Schema(description = "Danish CVR number, 8 digits.", examples = "63640719") String cvr) {

    public static OrganisationRef of(Organisation o) {
        return new OrganisationRef(o.id, o.name, o.kind, o.cvr);
    }
}
