package dk.partnerskab.partnership.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person who signs the agreement for a party (a public official, not a citizen).")
public record SignatoryInput(
        @Schema(required = true, maxLength = 200, examples = "Kim Christiansen") @NotBlank @Size(max = 200) @NoCprNumber
        String name,

        @Schema(maxLength = 200, examples = "Politidirektør") @Size(max = 200) @NoCprNumber
        String title,

        @Schema(description = "The term the signature belongs to.")
        UUID termId) {}
