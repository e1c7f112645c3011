package dk.partnerskab.goal.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record GoalPage(
        @Schema(required = true, description = "Active first, then by title.")
        List<GoalView> items,

        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {}
