package dk.partnerskab.partnership.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.common.validation.PlausibleDate;
import dk.partnerskab.partnership.terms.TermKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "An agreement period to add or change; periods of one partnership may not overlap. A renewal is a new term of kind RENEWAL.")
public record TermInput(
        @Schema(required = true, examples = "2022-01-01") @NotNull @PlausibleDate
        LocalDate startDate,

        @Schema(required = true, description = "After startDate.", examples = "2025-12-31") @NotNull @PlausibleDate
        LocalDate endDate,

        @Schema(required = true) @NotNull TermKind kind,

        @Schema(description = "When the agreement was signed.") @PlausibleDate
        LocalDate signedOn,

        @Schema(maxLength = 5000, description = "Outcome of the evaluation at the end of the period.")
        @Size(max = 5000)
        @NoCprNumber
        String evaluationOutcome,

        @Schema(maxLength = 2000) @Size(max = 2000) @NoCprNumber
        String note) {}
