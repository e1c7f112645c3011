package dk.partnerskab.meeting.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MinutesCorrection(
        @Schema(required = true, maxLength = 2000, examples = "Fristen for opfølgningspunkt 3 var skrevet forkert.")
        @NotBlank
        @Size(max = 2000)
        @NoCprNumber
        String reason) {}
