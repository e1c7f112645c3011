package dk.partnerskab.meeting.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A comment on one agenda item's draft minutes.")
public record CommentInput(
        @Schema(required = true) @NotNull UUID agendaItemId,

        @Schema(
                required = true,
                maxLength = 4000,
                examples = "Ballerup ønsker tilføjet, at indsatsen evalueres i juni.")
        @NotBlank
        @Size(max = 4000)
        @NoCprNumber
        String text) {}
