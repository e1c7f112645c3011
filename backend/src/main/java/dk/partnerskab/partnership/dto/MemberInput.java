package dk.partnerskab.partnership.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.partnership.members.MemberRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Add a person by e-mail; they get access at their first login with that e-mail.")
public record MemberInput(
        @Schema(required = true, examples = "ssp.konsulent@herlev.dk") @NotBlank @Email @Size(max = 320)
        String email,

        @Schema(
                description = "Shown until the person logs in; then their name from the login is used.",
                examples = "SSP-konsulent Herlev")
        @Size(max = 200)
        @NoCprNumber
        String name,

        @Schema(required = true) @NotNull MemberRole role,

        @Schema(description = "The organisation they represent here.")
        UUID organisationId,

        @Schema(
                description =
                        "For the secretariat: keep the rights when another organisation takes the chair; default false.")
        Boolean keepsSecretariatRights) {}
