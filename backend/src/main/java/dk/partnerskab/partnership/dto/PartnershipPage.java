package dk.partnerskab.partnership.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of partnerships.")
public record PartnershipPage(
        @Schema(required = true) List<PartnershipSummary> items,

        @Schema(required = true, description = "Zero-based page number.", examples = "0")
        int page,

        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, examples = "3") long totalItems,
        @Schema(required = true, examples = "1") int totalPages) {}
