package dk.partnerskab.partnership.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of partnerships.")
public record PartnershipPage(
        List<PartnershipSummary> items,
        @Schema(description = "Zero-based page number.", examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "3") long totalItems,
        @Schema(examples = "1") int totalPages) {
}
