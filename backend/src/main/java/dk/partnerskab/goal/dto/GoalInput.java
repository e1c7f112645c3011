package dk.partnerskab.goal.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.common.validation.PlausibleDate;
import dk.partnerskab.goal.GoalStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A goal under a focus area or a working group, followed through indicators.")
public record GoalInput(
        @Schema(required = true, maxLength = 300, examples = "Færre indbrud i private hjem")
        @NotBlank
        @Size(max = 300)
        @NoCprNumber
        String title,

        @Schema(maxLength = 5000) @Size(max = 5000) @NoCprNumber
        String description,

        @Schema(maxLength = 2000, examples = "Indbruddene falder med 25 % fra 2025 til 2028")
        @Size(max = 2000)
        @NoCprNumber
        String successCriterion,

        @Schema(examples = "2028-12-31") @PlausibleDate LocalDate dueDate,
        UUID responsibleOrganisationId,
        UUID focusAreaId,
        UUID workingGroupId,
        @Schema(description = "Default ACTIVE.") GoalStatus status,

        @Schema(description = "The partnership's indicators that show whether the goal is reached.") @Size(max = 50)
        List<UUID> indicatorIds) {}
