package dk.partnerskab.meeting.dto;

import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.common.validation.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "A follow-up item: what is to be done, who is responsible (an organisation, a member, or both) and by when.")
public record FollowUpInput(
        @Schema(required = true, description = "The agenda item the follow-up comes from.")
        @jakarta.validation.constraints.NotNull
        UUID agendaItemId,

        @Schema(required = true, maxLength = 1000, examples = "Ballerup undersøger belysningen ved stationen")
        @NotBlank
        @Size(max = 1000)
        @NoCprNumber
        String title,

        @Schema(description = "The responsible organisation.")
        UUID responsibleOrganisationId,

        @Schema(description = "The responsible person, a member of the partnership.")
        UUID responsiblePersonId,

        @Schema(examples = "2027-05-31") @PlausibleDate LocalDate dueDate) {}
