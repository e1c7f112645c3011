package dk.partnerskab.meeting.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a meeting is cancelled; shown to the members.")
public record MeetingCancellation(
        @Schema(maxLength = 1000, examples = "Flyttes til næste kvartal på grund af valget.")
        @Size(max = 1000)
        @NoCprNumber
        String reason) {}
