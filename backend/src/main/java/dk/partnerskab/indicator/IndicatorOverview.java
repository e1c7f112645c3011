package dk.partnerskab.indicator;

import dk.partnerskab.common.time.DbTimes;
import dk.partnerskab.indicator.dto.IndicatorView;
import dk.partnerskab.indicator.dto.SeriesView;
import dk.partnerskab.partnership.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    private final EntityManager em;
    private final IndicatorService indicators;
    private final Clock clock;

    public IndicatorOverview(EntityManager em, IndicatorService indicators, Clock clock) {
        this.em = em;
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
        List<Indicator> all = em.createQuery(
                        "select i from Indicator i where i.partnershipId = :p order by lower(i.code), i.id",
                        Indicator.class)
                .setParameter("p", viewer.partnershipId())
                .setMaxResults(max)
                .getResultList();
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select indicator_id, period, value from (select indicator_id, period, period_start, value, "
                                + "dense_rank() over (partition by indicator_id order by period_start desc) as r from measurement "
                                + "where indicator_id = any(:ids)) x where r <= :n order by indicator_id, period_start")
                .setParameter("ids", ids.toArray(UUID[]::new))
                .setParameter("n", periods)
                .getResultList();
        Map<UUID, LinkedHashMap<String, List<BigDecimal>>> grouped = new HashMap<>();
        for (Object[] r : rows) {
            grouped.computeIfAbsent((UUID) r[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent((String) r[1], k -> new ArrayList<>())
                    .add((BigDecimal) r[2]);
        }
        Map<UUID, List<SeriesView.Point>> recent = new HashMap<>();
        grouped.forEach((id, values) -> {
            Indicator indicator = byId.get(id);
            List<SeriesView.Point> points = new ArrayList<>();
            values.forEach((period, areaValues) -> points.add(new SeriesView.Point(
                    period,
                    Aggregator.acrossAreas(areaValues, indicator.aggregation),
                    areaValues.size() == areaCounts.getOrDefault(id, 1))));
            recent.put(id, points);
        });
        return recent;
    }

    /** The partnership's last {@code max} values entered, newest first. */
    @Transactional
    public List<LatestValue> latestValues(UUID partnershipId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select m.indicator_id, i.code, a.name, m.period, m.value, m.entered_by, m.entered_at, "
                                + "exists (select 1 from measurement_revision r where r.measurement_id = m.id) from measurement m "
                                + "join indicator i on i.id = m.indicator_id join indicator_area a on a.id = m.area_id "
                                + "where i.partnership_id = :p and i.deleted_at is null order by m.entered_at desc, m.id limit :max")
                .setParameter("p", partnershipId)
                .setParameter("max", max)
                .getResultList();
        return rows.stream()
                .map(r -> new LatestValue(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        Aggregator.plain((BigDecimal) r[4]),
                        (String) r[5],
                        DbTimes.at(r[6], clock.getZone()),
                        (Boolean) r[7]))
                .toList();
    }
}
