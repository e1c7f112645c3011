package dk.partnerskab.indicator;

import dk.partnerskab.common.time.DbTimes;
import dk.partnerskab.indicator.dto.IndicatorView;
import dk.partnerskab.indicator.dto.SeriesView;
import dk.partnerskab.partnership.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A partnership's indicators at a glance, for the dashboard: their status, recent totals and latest values. */
@ApplicationScoped
public class IndicatorOverview {

    private final IndicatorRepository indicatorRepository;
    private final MeasurementRepository measurements;
    private final IndicatorService indicators;
    private final Clock clock;

    public IndicatorOverview(
            IndicatorRepository indicatorRepository,
            MeasurementRepository measurements,
            IndicatorService indicators,
            Clock clock) {
        this.indicatorRepository = indicatorRepository;
        this.measurements = measurements;
        this.indicators = indicators;
        this.clock = clock;
    }

    /** An indicator as {@code viewer} sees it, with the totals of its last periods with values, oldest first. */
    public record Glance(IndicatorView indicator, List<SeriesView.Point> recent) {}

    /** A value as it was last entered or corrected. */
    public record LatestValue(
            UUID indicatorId,
            String code,
            String area,
            String period,
            BigDecimal value,
            String enteredBy,
            OffsetDateTime enteredAt,
            boolean corrected) {}

    /**
     * The partnership's indicators by code, at most {@code max}, each with the totals of its last
     * {@code periods} periods with values, read in one query.
     */
    @Transactional
    public List<Glance> glance(Membership viewer, int max, int periods) {
        List<Indicator> all = indicatorRepository.firstByCode(viewer.partnershipId(), max);
        Map<UUID, List<SeriesView.Point>> recent = recent(all, periods);
        return indicators.views(viewer, all).stream()
                .map(v -> new Glance(v, recent.getOrDefault(v.id(), List.of())))
                .toList();
    }

    private Map<UUID, List<SeriesView.Point>> recent(List<Indicator> all, int periods) {
        if (all.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Indicator> byId = new HashMap<>();
        all.forEach(i -> byId.put(i.id, i));
        List<UUID> ids = all.stream().map(i -> i.id).toList();
        Map<UUID, Integer> areaCounts = new HashMap<>();
        indicators.areasOf(ids).forEach((id, areas) -> areaCounts.put(id, areas.size()));
        Map<UUID, LinkedHashMap<String, List<BigDecimal>>> grouped = new HashMap<>();
        for (MeasurementRepository.PeriodValue r : measurements.inLastPeriods(ids, periods)) {
            grouped.computeIfAbsent(r.indicatorId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.period(), k -> new ArrayList<>())
                    .add(r.value());
        }
        Map<UUID, List<SeriesView.Point>> recent = new HashMap<>();
        grouped.forEach((id, values) -> {
            Indicator indicator = byId.get(id);
            List<SeriesView.Point> points = new ArrayList<>();
            values.forEach((period, areaValues) -> points.add(new SeriesView.Point(
                    period,
                    Aggregator.acrossAreas(areaValues, indicator.aggregation),
                    Completeness.of(areaValues.size(), areaCounts.getOrDefault(id, 1))
                            .complete())));
            recent.put(id, points);
        });
        return recent;
    }

    /** The partnership's last {@code max} values entered, newest first. */
    @Transactional
    public List<LatestValue> latestValues(UUID partnershipId, int max) {
        return measurements.lastEntered(partnershipId, max).stream()
                .map(r -> new LatestValue(
                        r.indicatorId(),
                        r.code(),
                        r.area(),
                        r.period(),
                        Aggregator.plain(r.value()),
                        r.enteredBy(),
                        DbTimes.at(r.enteredAt(), clock.getZone()),
                        r.corrected()))
                .toList();
    }
}
