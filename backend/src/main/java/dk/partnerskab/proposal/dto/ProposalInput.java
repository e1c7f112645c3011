package dk.partnerskab.proposal.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.proposal.ProposalKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProposalInput(
        @Schema(required = true) @NotNull ProposalKind kind,

        @Schema(required = true, maxLength = 300, examples = "Tryghedsvandringer i Skovlunde")
        @NotBlank
        @Size(max = 300)
        @NoCprNumber
        String title,

        @Schema(maxLength = 5000) @Size(max = 5000) @NoCprNumber
        String description) {}
