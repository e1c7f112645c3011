package dk.partnerskab.search.dto;

import dk.partnerskab.search.SearchHitKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A place where the words were found, with the meeting and agenda item it belongs to.")
public record SearchHit(
        @Schema(required = true) SearchHitKind kind,

        @Schema(
                required = true,
                description = "The decision's or follow-up item's id; the agenda item's for the other kinds.")
        UUID id,

        @Schema(required = true) UUID partnershipId,
        @Schema(required = true) String partnershipName,
        @Schema(required = true) UUID meetingId,
        @Schema(required = true) String meetingTitle,

        @Schema(required = true, description = "Start in Europe/Copenhagen time.")
        OffsetDateTime meetingStartsAt,

        @Schema(required = true) UUID agendaItemId,

        @Schema(required = true, examples = "Tryghedsvandringer i Sydby")
        String agendaItemTitle,

        @Schema(required = true, description = "Plain text around the first match, at most about 240 characters.")
        String excerpt) {}
