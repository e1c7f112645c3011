package dk.partnerskab.meeting.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of follow-up items, earliest due date first.")
public record FollowUpPage(
        @Schema(required = true) List<FollowUpView> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {}
