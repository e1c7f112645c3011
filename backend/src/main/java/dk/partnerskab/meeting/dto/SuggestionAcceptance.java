package dk.partnerskab.meeting.dto;

import dk.partnerskab.meeting.agenda.AgendaSuggestionKind;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SuggestionAcceptance(
        @Schema(required = true) @NotNull AgendaSuggestionKind kind,

        @Schema(required = true, description = "The suggestion's sourceId.") @NotNull
        UUID sourceId) {}
