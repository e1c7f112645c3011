package dk.partnerskab.indicator.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record IndicatorPage(
        @Schema(required = true, description = "By code.") List<IndicatorView> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {}
