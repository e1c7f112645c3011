package dk.partnerskab.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One write in the audit trail: who changed what, when, and the values before and after.")
public record AuditEntryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant occurredAt,

        @Schema(required = true, examples = "Lene Bøgh Andersen")
        String actorName,

        @Schema(required = true, examples = "FOCUS_AREA") String entityType,
        @Schema(required = true) UUID entityId,
        @Schema(required = true) AuditAction action,

        @Schema(required = true, examples = "Indsatsområde 2 Dialog og kommunikation")
        String summary,

        @Schema(
                required = true,
                nullable = true,
                description = "The entity before the write: its fields as the API shows them.")
        Map<String, Object> before,

        @Schema(
                required = true,
                nullable = true,
                description = "The entity after the write: its fields as the API shows them.")
        Map<String, Object> after) {}
