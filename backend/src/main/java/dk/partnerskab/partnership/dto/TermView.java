package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.Term;
import dk.partnerskab.partnership.TermKind;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An agreement period (aftaleperiode).")
public record TermView(
        UUID id,
        @Schema(examples = "2013-09-01") LocalDate startDate,
        @Schema(examples = "2015-12-31") LocalDate endDate,
        TermKind kind,
        @Schema(description = "When the agreement for this period was signed, if known.") LocalDate signedOn,
        @Schema(description = "Outcome of the evaluation at the end of the period.") String evaluationOutcome,
        String note) {

    public static TermView of(Term t) {
        return new TermView(t.id, t.startDate, t.endDate, t.kind, t.signedOn, t.evaluationOutcome, t.note);
    }
}
