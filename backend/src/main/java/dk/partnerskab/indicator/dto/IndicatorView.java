package dk.partnerskab.indicator.dto;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.partnerskab.indicator.Aggregation;
import dk.partnerskab.indicator.Completeness;
import dk.partnerskab.indicator.Frequency;
import dk.partnerskab.indicator.IndicatorStatus;
import dk.partnerskab.organisation.OrganisationRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record IndicatorView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID partnershipId,
        @Schema(required = true, examples = "IND-01") String code,

        @Schema(required = true, examples = "Anmeldte indbrud i private hjem")
        String name,

        @Schema(required = true, nullable = true) String description,
        @Schema(required = true, examples = "antal") String unit,
        @Schema(required = true) boolean upIsGood,
        @Schema(required = true) Frequency frequency,
        @Schema(required = true) Aggregation aggregation,
        @Schema(required = true) boolean allowNegative,
        @JsonUnwrapped Plan plan,

        @Schema(required = true, nullable = true) String dataSource,
        @Schema(required = true, nullable = true) OrganisationRef ownerOrganisation,
        @Schema(required = true) List<AreaView> areas,

        @JsonUnwrapped Latest latest,

        @Schema(required = true, description = "Whether the caller may enter values.")
        boolean canReport,

        @Schema(required = true, description = "Whether the caller may change the indicator.")
        boolean canEdit,

        @Schema(required = true, description = "Version for If-Match on edits of this indicator.")
        long version) {

    /** Where the indicator starts from and is to get to. */
    public record Plan(
            @Schema(required = true, nullable = true) BigDecimal baselineValue,

            @Schema(required = true, nullable = true, examples = "2025")
            String baselinePeriod,

            @Schema(required = true, nullable = true) BigDecimal targetValue,

            @Schema(required = true, nullable = true, examples = "2028")
            String targetPeriod) {}

    /** Where the indicator is now; the rule is {@link dk.partnerskab.indicator.Headline}'s. */
    public record Latest(
            @Schema(required = true, nullable = true, description = "The latest period with a value.")
            String latestPeriod,

            @Schema(
                    required = true,
                    nullable = true,
                    description = "That period's value for the areas that have reported, together; "
                            + "see completeness for whether that is all of them.")
            BigDecimal latestValue,

            @Schema(
                    required = true,
                    nullable = true,
                    description = "How many of the areas have reported for latestPeriod; null without a value.")
            Completeness completeness,

            @Schema(
                    required = true,
                    description = "Traffic light from baseline, target and the value of statusPeriod, the latest "
                            + "period every area has reported for; NO_DATA when there is none (rule in the API docs).")
            IndicatorStatus status,

            @Schema(
                    required = true,
                    nullable = true,
                    description = "The period the status is for: the latest complete one.",
                    examples = "2026-03")
            String statusPeriod,

            @Schema(
                    required = true,
                    nullable = true,
                    description = "When latestPeriod is incomplete and the indicator averages its areas: the "
                            + "traffic light of the partial value, preliminary. Null otherwise.")
            IndicatorStatus preliminaryStatus) {}
}
