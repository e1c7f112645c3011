package dk.partnerskab.meeting.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An agenda item's minutes (rich text, sanitised on the server); empty clears them.")
public record MinutesInput(
        @Schema(maxLength = 100000, examples = "<p>Partnerskabet drøftede status og besluttede at fortsætte.</p>")
        @Size(max = 100000)
        @NoCprNumber
        String minutes) {}
