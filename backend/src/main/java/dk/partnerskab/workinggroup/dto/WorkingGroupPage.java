package dk.partnerskab.workinggroup.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WorkingGroupPage(
        @Schema(required = true, description = "Active first, then by name.")
        List<WorkingGroupView> items,

        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {}
