package dk.partnerskab.meeting.dto;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MinutesVersionSummary(
        @Schema(required = true, examples = "2") int number,
        @Schema(required = true) OffsetDateTime publishedAt,
        @Schema(required = true) String publishedBy,

        @Schema(
                required = true,
                nullable = true,
                description = "Why this version corrects the one before; empty for the first.")
        String reason) {}
