package dk.partnerskab.activity.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ActivityPage(
        @Schema(required = true, description = "By track, then title.")
        List<ActivityView> items,

        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {}
