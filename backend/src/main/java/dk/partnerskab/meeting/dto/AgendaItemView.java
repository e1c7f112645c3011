package dk.partnerskab.meeting.dto;

import dk.partnerskab.meeting.agenda.AgendaItemKind;
import dk.partnerskab.partnership.dto.FocusAreaRef;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An item on the agenda.")
public record AgendaItemView(
        @Schema(required = true) UUID id,

        @Schema(required = true, description = "1, 2, 3 … in agenda order.", examples = "1")
        int number,

        @Schema(required = true) String title,

        @Schema(required = true, nullable = true, description = "Sanitised rich text.")
        String background,

        @Schema(required = true) AgendaItemKind kind,
        @Schema(required = true, nullable = true) String presenter,
        @Schema(required = true, nullable = true) Integer durationMinutes,
        @Schema(required = true, nullable = true) FocusAreaRef focusArea,

        @Schema(required = true, description = "Changed or added after the agenda was published.")
        boolean changedAfterPublish,

        @Schema(required = true, nullable = true, description = "The item's minutes (sanitised rich text).")
        String minutes,

        @Schema(required = true) java.util.List<DecisionView> decisions,
        @Schema(required = true) java.util.List<FollowUpView> followUps,

        @Schema(required = true, description = "Files on the item, oldest first.")
        java.util.List<AttachmentView> attachments,

        @Schema(required = true, description = "Version for If-Match on edits of this item.")
        long version) {}
