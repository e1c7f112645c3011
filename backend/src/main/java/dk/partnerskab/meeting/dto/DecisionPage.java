package dk.partnerskab.meeting.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the decisions register, newest meeting first.")
public record DecisionPage(
        @Schema(required = true) List<DecisionEntry> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {}
