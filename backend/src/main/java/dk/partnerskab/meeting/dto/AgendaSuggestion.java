package dk.partnerskab.meeting.dto;

import dk.partnerskab.meeting.agenda.AgendaSuggestionKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "Something that may belong on the agenda: an open follow-up item due by the meeting, or an item of "
                        + "the previous meeting that was not dealt with.")
public record AgendaSuggestion(
        @Schema(required = true) AgendaSuggestionKind kind,

        @Schema(required = true, description = "The follow-up item's or the earlier agenda item's id.")
        UUID sourceId,

        @Schema(required = true, examples = "Opfølgning: Undersøg belysningen ved stationen")
        String title,

        @Schema(required = true) UUID sourceMeetingId,
        @Schema(required = true) String sourceMeetingTitle,
        @Schema(required = true) OffsetDateTime sourceMeetingStartsAt,

        @Schema(required = true, nullable = true, description = "A follow-up item's due date.")
        LocalDate dueDate,

        @Schema(required = true, description = "A follow-up item past its due date.")
        boolean overdue,

        @Schema(
                required = true,
                nullable = true,
                description = "Who answers for a follow-up item.",
                examples = "Herlev Kommune")
        String responsible) {}
