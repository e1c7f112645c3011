package dk.partnerskab.meeting.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.meeting.minutes.FollowUpStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Marks a follow-up item done (or open again), with a note on what was done.")
public record FollowUpStatusInput(
        @Schema(required = true) @NotNull FollowUpStatus status,

        @Schema(maxLength = 2000, examples = "Belysningen er udskiftet.") @Size(max = 2000) @NoCprNumber
        String note) {}
