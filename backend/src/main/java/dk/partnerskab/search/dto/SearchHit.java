package dk.partnerskab.search.dto;

import dk.partnerskab.search.SearchHitKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A thing the words were found in, once however many of its fields match; "
                + "for the meetings' kinds with the meeting and agenda item it belongs to.")
public record SearchHit(
        @Schema(required = true) SearchHitKind kind,

        @Schema(
                required = true,
                description = "The thing's id: the decision's, follow-up item's, goal's, … ; the agenda item's for "
                        + "AGENDA_ITEM and MINUTES; the partnership's for AGREEMENT.")
        UUID id,

        @Schema(required = true) UUID partnershipId,
        @Schema(required = true) String partnershipName,

        @Schema(
                required = true,
                description = "The thing's title; the agenda item's for the meetings' kinds, the partnership's name "
                        + "for AGREEMENT.",
                examples = "Tryghedsvandringer i Sydby")
        String title,

        @Schema(description = "The meeting, for AGENDA_ITEM, MINUTES, DECISION and FOLLOW_UP.")
        UUID meetingId,

        @Schema(description = "The meeting's title, for the meetings' kinds.")
        String meetingTitle,

        @Schema(description = "The meeting's start in Europe/Copenhagen time, for the meetings' kinds.")
        OffsetDateTime meetingStartsAt,

        @Schema(description = "The agenda item, for the meetings' kinds.")
        UUID agendaItemId,

        @Schema(required = true, description = "Plain text around the first match, at most about 240 characters.")
        String excerpt) {}
