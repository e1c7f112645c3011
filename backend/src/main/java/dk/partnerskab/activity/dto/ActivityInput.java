package dk.partnerskab.activity.dto;

import dk.partnerskab.activity.ActivityKind;
import dk.partnerskab.activity.ActivityStatus;
import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.common.validation.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "An activity (indsats), with the columns of Furesø's activity tables: activity, description, responsible, "
                        + "target group, intended outcome, per track.")
public record ActivityInput(
        @Schema(required = true, maxLength = 300, examples = "Tryghedsvandringer")
        @NotBlank
        @Size(max = 300)
        @NoCprNumber
        String title,

        @Schema(maxLength = 5000) @Size(max = 5000) @NoCprNumber
        String description,

        @Schema(required = true) @NotNull ActivityKind kind,

        @Schema(maxLength = 200, examples = "Indbrudsforebyggelse", description = "The track (spor) it belongs to.")
        @Size(max = 200)
        @NoCprNumber
        String track,

        UUID focusAreaId,

        @Schema(maxLength = 1000, examples = "Grundejer-, beboer- og andelsforeninger") @Size(max = 1000) @NoCprNumber
        String targetGroup,

        @Schema(maxLength = 500, examples = "Lokalrådet") @Size(max = 500) @NoCprNumber
        String responsible,

        UUID responsibleOrganisationId,

        @Schema(maxLength = 2000, examples = "Flere aktive nabohjælpere i området") @Size(max = 2000) @NoCprNumber
        String intendedOutcome,

        @Schema(description = "Has special focus in the work programme; default false.")
        Boolean specialFocus,

        @PlausibleDate LocalDate startsOn,
        @PlausibleDate LocalDate endsOn,
        @Schema(description = "Default PLANNED.") ActivityStatus status,
        @Size(max = 50) List<UUID> goalIds,
        @Size(max = 50) List<UUID> indicatorIds) {}
