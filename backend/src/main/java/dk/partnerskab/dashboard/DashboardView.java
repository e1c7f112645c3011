package dk.partnerskab.dashboard;

import dk.partnerskab.goal.dto.GoalView;
import dk.partnerskab.indicator.dto.IndicatorView;
import dk.partnerskab.indicator.dto.SeriesView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "Whether the partnership is working: its active goals and indicators with their status, and the latest values.")
public record DashboardView(
        @Schema(required = true, description = "Active goals, by title (at most 50).")
        List<GoalView> goals,

        @Schema(required = true, description = "Indicators by code (at most 100), each with its recent totals.")
        List<DashboardIndicator> indicators,

        @Schema(required = true, description = "The latest values entered, newest first (at most 10).")
        List<LatestChange> latestChanges) {

    public record DashboardIndicator(
            @Schema(required = true) IndicatorView indicator,

            @Schema(
                    required = true,
                    description = "The totals of the last twelve periods with values, oldest first, for a sparkline.")
            List<SeriesView.Point> recent) {}

    public record LatestChange(
            @Schema(required = true) UUID indicatorId,
            @Schema(required = true) String code,
            @Schema(required = true) String area,
            @Schema(required = true) String period,
            @Schema(required = true) BigDecimal value,
            @Schema(required = true) String enteredBy,
            @Schema(required = true) OffsetDateTime enteredAt,

            @Schema(required = true, description = "Whether it corrected an earlier value.")
            boolean correction) {}
}
