package dk.partnerskab.workinggroup.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.common.validation.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A working group to set up or change.")
public record WorkingGroupInput(
        @Schema(required = true, maxLength = 300, examples = "Arbejdsgruppe om tryghedsvandringer")
        @NotBlank
        @Size(max = 300)
        @NoCprNumber
        String name,

        @Schema(maxLength = 50000, description = "The mandate (kommissorium), rich text sanitised on the server.")
        @Size(max = 50000)
        @NoCprNumber
        String mandate,

        @Schema(description = "The focus area it works on.") UUID focusAreaId,

        @Schema(description = "The organisation that leads it.")
        UUID leadOrganisationId,

        @Schema(examples = "2027-06-30") @PlausibleDate LocalDate deadline,

        @Schema(description = "The decision in the minutes that set it up; only when setting it up.")
        UUID decisionId,

        @Schema(description = "Its members: people who are members of the partnership.") @Size(max = 100)
        List<UUID> memberIds) {}
