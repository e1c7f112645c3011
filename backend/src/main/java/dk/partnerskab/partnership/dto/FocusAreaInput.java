package dk.partnerskab.partnership.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A focus area to create or change. New focus areas get the next number.")
public record FocusAreaInput(
        @Schema(required = true, maxLength = 300, examples = "Trygge boligområder")
        @NotBlank
        @Size(max = 300)
        @NoCprNumber
        String title,

        @Schema(
                maxLength = 5000,
                description = "Aggregate descriptions only: no information about identified citizens.")
        @Size(max = 5000)
        @NoCprNumber
        String description,

        @Schema(description = "Retired focus areas stay visible in history; default false.")
        Boolean retired) {}
