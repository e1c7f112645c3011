package dk.partnerskab.partnership.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.common.validation.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A chair period to add or change; chair periods of one partnership may not overlap.")
public record ChairPeriodInput(
        @Schema(required = true, description = "The chairing organisation; it runs the secretariat.") @NotNull
        UUID organisationId,

        @Schema(required = true, examples = "2026-01-01") @NotNull @PlausibleDate
        LocalDate startDate,

        @Schema(required = true, description = "On or after startDate.", examples = "2027-12-31")
        @NotNull
        @PlausibleDate
        LocalDate endDate,

        @Schema(maxLength = 2000) @Size(max = 2000) @NoCprNumber
        String note) {}
