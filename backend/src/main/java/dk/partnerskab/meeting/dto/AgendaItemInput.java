package dk.partnerskab.meeting.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.meeting.agenda.AgendaItemKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An agenda item to add or change. New items go last.")
public record AgendaItemInput(
        @Schema(required = true, maxLength = 300, examples = "Status på tryghedsvandringer")
        @NotBlank
        @Size(max = 300)
        @NoCprNumber
        String title,

        @Schema(
                maxLength = 50000,
                description = "Background (rich text, sanitised on the server). Aggregate descriptions only.")
        @Size(max = 50000)
        @NoCprNumber
        String background,

        @Schema(required = true) @NotNull AgendaItemKind kind,

        @Schema(maxLength = 200, examples = "Herlev Kommune") @Size(max = 200) @NoCprNumber
        String presenter,

        @Schema(minimum = "1", maximum = "600", examples = "20") @Min(1) @Max(600)
        Integer durationMinutes,

        @Schema(description = "A focus area of the same partnership the item is about.")
        UUID focusAreaId) {}
