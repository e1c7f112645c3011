package dk.partnerskab.calendar.dto;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "The caller's personal calendar feed. The address holds a secret and is only returned when the feed is made.")
public record CalendarFeedView(
        @Schema(required = true, description = "Whether the caller has a feed.")
        boolean active,

        @Schema(
                required = true,
                nullable = true,
                description = "The address to subscribe to; only in the answer that made it.")
        String url,

        @Schema(required = true, nullable = true) OffsetDateTime createdAt,

        @Schema(required = true, nullable = true, description = "When a calendar program last fetched it.")
        OffsetDateTime lastUsedAt) {}
