package dk.partnerskab.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One write in the audit trail: who changed what, when, and the values before and after.")
public record AuditEntryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true, examples = "Lene Bøgh Andersen") String actorName,
        @Schema(required = true, examples = "FOCUS_AREA") String entityType,
        @Schema(required = true) UUID entityId,
        @Schema(required = true) AuditAction action,
        @Schema(required = true, examples = "Indsatsområde 2 Dialog og kommunikation") String summary,
        @Schema(required = true, nullable = true, type = SchemaType.OBJECT, description = "The entity before the write.") JsonNode before,
        @Schema(required = true, nullable = true, type = SchemaType.OBJECT, description = "The entity after the write.") JsonNode after) {
}
