package dk.partnerskab.meeting.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of meetings, by start time.")
public record MeetingPage(
        @Schema(required = true) List<MeetingSummary> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {}
