package dk.partnerskab.partnership.dto;

import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.partnership.terms.ChairPeriod;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A period in which an organisation chairs the partnership and runs its secretariat.")
public record ChairPeriodView(
        @Schema(required = true) UUID id,
        @Schema(required = true) OrganisationRef organisation,
        @Schema(required = true) LocalDate startDate,
        @Schema(required = true) LocalDate endDate,
        @Schema(required = true, nullable = true) String note,

        @Schema(required = true, description = "Version for If-Match on edits of this chair period.")
        long version) {

    public static ChairPeriodView of(ChairPeriod c, OrganisationRef organisation) {
        return new ChairPeriodView(c.id, organisation, c.startDate, c.endDate, c.note, c.version);
    }
}
