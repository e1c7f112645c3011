package dk.partnerskab.proposal.dto;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProposalToAgenda(
        @Schema(required = true, description = "A planned meeting of the partnership whose agenda may still change.")
        @NotNull
        UUID meetingId) {}
