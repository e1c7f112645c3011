package dk.partnerskab.search.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SearchPage(
        @Schema(required = true, description = "Best matches first, then newest meeting first.")
        List<SearchHit> items,

        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {}
