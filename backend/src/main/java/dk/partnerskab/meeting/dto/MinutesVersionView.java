package dk.partnerskab.meeting.dto;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MinutesVersionView(
        @Schema(required = true, examples = "2") int number,
        @Schema(required = true) OffsetDateTime publishedAt,
        @Schema(required = true) String publishedBy,
        @Schema(required = true, nullable = true) String reason,

        @Schema(required = true, description = "The minutes as published in this version.")
        List<MinutesSnapshotItem> items,

        @Schema(required = true, description = "What changed against the version before; empty for the first.")
        List<MinutesChange> changes) {}
