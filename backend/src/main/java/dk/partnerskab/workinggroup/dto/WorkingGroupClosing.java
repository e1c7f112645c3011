package dk.partnerskab.workinggroup.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WorkingGroupClosing(
        @Schema(
                required = true,
                maxLength = 50000,
                description = "The closing report (rich text): what the group did and found.")
        @NotBlank
        @Size(max = 50000)
        @NoCprNumber
        String closingReport) {}
