package dk.partnerskab.organisation.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.organisation.OrganisationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organisation to create or change.")
public record OrganisationInput(
        @Schema(required = true, maxLength = 200, examples = "Furesø Kommune") @NotBlank @Size(max = 200) @NoCprNumber
        String name,

        @Schema(required = true) @NotNull OrganisationKind kind,

        @Schema(
                description = "Danish CVR number: 8 digits with a valid check digit (modulus 11).",
                examples = "63640719")
        @Pattern(regexp = "[0-9]{8}", message = "must be 8 digits")
        String cvr,

        @Schema(description = "false deactivates it; default true.")
        Boolean active) {}
