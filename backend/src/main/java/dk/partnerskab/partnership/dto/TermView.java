package dk.partnerskab.partnership.dto;

import dk.partnerskab.partnership.terms.Term;
import dk.partnerskab.partnership.terms.TermKind;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An agreement period (aftaleperiode).")
public record TermView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "2013-09-01") LocalDate startDate,
        @Schema(required = true, examples = "2015-12-31") LocalDate endDate,
        @Schema(required = true) TermKind kind,

        @Schema(
                required = true,
                nullable = true,
                description = "When the agreement for this period was signed, if known.")
        LocalDate signedOn,

        @Schema(required = true, nullable = true, description = "Outcome of the evaluation at the end of the period.")
        String evaluationOutcome,

        @Schema(required = true, nullable = true) String note,

        @Schema(required = true, nullable = true, description = "The signed agreement, when uploaded.")
        DocumentInfo agreementDocument,

        @Schema(required = true, description = "Version for If-Match on edits of this term.")
        long version) {

    public static TermView of(Term t, DocumentInfo agreementDocument) {
        return new TermView(
                t.id,
                t.startDate,
                t.endDate,
                t.kind,
                t.signedOn,
                t.evaluationOutcome,
                t.note,
                agreementDocument,
                t.version);
    }
}
