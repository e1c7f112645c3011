package dk.partnerskab.goal.dto;

import dk.partnerskab.goal.GoalStatus;
import dk.partnerskab.indicator.Completeness;
import dk.partnerskab.indicator.IndicatorStatus;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.partnership.dto.FocusAreaRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record GoalView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID partnershipId,
        @Schema(required = true) String title,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true, nullable = true) String successCriterion,
        @Schema(required = true, nullable = true) LocalDate dueDate,
        @Schema(required = true, nullable = true) OrganisationRef responsibleOrganisation,
        @Schema(required = true, nullable = true) FocusAreaRef focusArea,
        @Schema(required = true, nullable = true) WorkingGroupRef workingGroup,
        @Schema(required = true) GoalStatus status,

        @Schema(
                required = true,
                description = "The worst status of its indicators with data; NO_DATA when none has. Only complete "
                        + "periods count: preliminary statuses do not.")
        IndicatorStatus indicatorStatus,

        @Schema(required = true) List<GoalIndicator> indicators,
        @Schema(required = true) boolean canEdit,

        @Schema(required = true, description = "Version for If-Match on edits.")
        long version) {

    public record WorkingGroupRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name) {}

    public record GoalIndicator(
            @Schema(required = true) UUID id,
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) String unit,
            @Schema(required = true, nullable = true) String latestPeriod,

            @Schema(
                    required = true,
                    nullable = true,
                    description = "For the areas that have reported; see completeness.")
            BigDecimal latestValue,

            @Schema(required = true, nullable = true, description = "How many areas have reported for latestPeriod.")
            Completeness completeness,

            @Schema(required = true, description = "The status of statusPeriod, the latest complete period.")
            IndicatorStatus status,

            @Schema(required = true, nullable = true) String statusPeriod,

            @Schema(
                    required = true,
                    nullable = true,
                    description = "The preliminary status of an incomplete latestPeriod, as on the indicator.")
            IndicatorStatus preliminaryStatus) {}
}
