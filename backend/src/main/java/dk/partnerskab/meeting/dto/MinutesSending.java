package dk.partnerskab.meeting.dto;

import dk.partnerskab.common.validation.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Sends the draft minutes to the members, who may comment up to and including the deadline.")
public record MinutesSending(
        @Schema(required = true, examples = "2027-03-23") @NotNull @PlausibleDate
        LocalDate commentDeadline) {}
