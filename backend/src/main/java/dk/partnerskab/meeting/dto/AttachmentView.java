package dk.partnerskab.meeting.dto;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A file on an agenda item; its content is downloaded separately.")
public record AttachmentView(
        @Schema(required = true) UUID id,

        @Schema(required = true, examples = "Tryghedsmåling 2026.pdf")
        String filename,

        @Schema(required = true, examples = "application/pdf")
        String contentType,

        @Schema(required = true, examples = "482133") int sizeBytes,
        @Schema(required = true) OffsetDateTime uploadedAt,
        @Schema(required = true, examples = "Sara Sekretær") String uploadedBy) {}
