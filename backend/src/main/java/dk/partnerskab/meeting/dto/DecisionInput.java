package dk.partnerskab.meeting.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A decision made under an agenda item.")
public record DecisionInput(
        @Schema(required = true, description = "The agenda item the decision was made under.")
        @jakarta.validation.constraints.NotNull
        java.util.UUID agendaItemId,

        @Schema(
                required = true,
                maxLength = 4000,
                examples = "Partnerskabet nedsætter en arbejdsgruppe om tryghedsvandringer.")
        @NotBlank
        @Size(max = 4000)
        @NoCprNumber
        String text) {}
