package dk.partnerskab.proposal.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProposalAnswer(
        @Schema(
                required = true,
                enumeration = {"ACCEPTED", "REJECTED"})
        @NotNull
        @Pattern(regexp = "ACCEPTED|REJECTED")
        String outcome,

        @Schema(required = true, maxLength = 2000) @NotBlank @Size(max = 2000) @NoCprNumber
        String reason,

        @Schema(description = "The decision in the minutes that answers it.")
        UUID decisionId) {}
