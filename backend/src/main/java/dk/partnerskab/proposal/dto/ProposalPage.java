package dk.partnerskab.proposal.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProposalPage(
        @Schema(required = true, description = "Newest first.")
        List<ProposalView> items,

        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {}
