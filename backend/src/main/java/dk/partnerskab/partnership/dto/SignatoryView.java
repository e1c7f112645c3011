package dk.partnerskab.partnership.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person who signed the agreement for a party.")
public record SignatoryView(
        @Schema(required = true) UUID id,

        @Schema(required = true, description = "The party signed for.")
        UUID partyId,

        @Schema(required = true, examples = "Kim Christiansen")
        String name,

        @Schema(required = true, nullable = true, examples = "Politidirektør")
        String title,

        @Schema(required = true, nullable = true, description = "The term this signature belongs to, when known.")
        UUID termId,

        @Schema(required = true, description = "Version for If-Match on edits of this signatory.")
        long version) {

    public static SignatoryView of(dk.partnerskab.partnership.parties.Signatory s) {
        return new SignatoryView(s.id, s.party.id, s.name, s.title, s.termId, s.version);
    }
}
