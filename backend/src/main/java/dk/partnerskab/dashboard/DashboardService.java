package dk.partnerskab.dashboard;

import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.time.DbTimes;
import dk.partnerskab.goal.GoalService;
import dk.partnerskab.goal.GoalStatus;
import dk.partnerskab.goal.dto.GoalView;
import dk.partnerskab.indicator.Aggregator;
import dk.partnerskab.indicator.Indicator;
import dk.partnerskab.indicator.IndicatorService;
import dk.partnerskab.indicator.dto.IndicatorView;
import dk.partnerskab.indicator.dto.SeriesView;
import dk.partnerskab.partnership.MemberRole;
import dk.partnerskab.partnership.PartnershipAccess;
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
import java.util.Optional;
import java.util.UUID;

/** The partnership at a glance: goals and indicators with their status, sparklines and the latest values. */
@ApplicationScoped
public class DashboardService {

    static final int RECENT = 12;
    static final int MAX_INDICATORS = 100;

    private final EntityManager em;
    private final GoalService goals;
    private final IndicatorService indicators;
    private final PartnershipAccess access;
    private final Clock clock;

    public DashboardService(EntityManager em, GoalService goals, IndicatorService indicators, PartnershipAccess access, Clock clock) {
        this.em = em;
        this.goals = goals;
        this.indicators = indicators;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public DashboardView dashboard(UUID partnershipId) {
        Optional<MemberRole> role = access.requireVisible(partnershipId);
        List<GoalView> active = goals.list(partnershipId, null, GoalStatus.ACTIVE, new PageRequest(0, 50, "title", false)).items();
        List<Indicator> all = em.createQuery("select i from Indicator i where i.partnershipId = :p order by lower(i.code), i.id",
                Indicator.class).setParameter("p", partnershipId).setMaxResults(MAX_INDICATORS).getResultList();
        List<IndicatorView> views = indicators.views(partnershipId, role, all);
        Map<UUID, List<SeriesView.Point>> recent = recent(all);
        List<DashboardView.DashboardIndicator> list = views.stream()
                .map(v -> new DashboardView.DashboardIndicator(v, recent.getOrDefault(v.id(), List.of()))).toList();
        return new DashboardView(active, list, latestChanges(partnershipId));
    }

    /** The last twelve periods with values per indicator, totalled over the areas, in one query. */
    private Map<UUID, List<SeriesView.Point>> recent(List<Indicator> all) {
        if (all.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Indicator> byId = new HashMap<>();
        all.forEach(i -> byId.put(i.id, i));
        List<UUID> ids = all.stream().map(i -> i.id).toList();
        Map<UUID, Integer> areaCounts = new HashMap<>();
        indicators.areasOf(ids).forEach((id, areas) -> areaCounts.put(id, areas.size()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select indicator_id, period, value from (select indicator_id, period, period_start, value, "
                        + "dense_rank() over (partition by indicator_id order by period_start desc) as r from measurement "
                        + "where indicator_id = any(:ids)) x where r <= :n order by indicator_id, period_start")
                .setParameter("ids", ids.toArray(UUID[]::new)).setParameter("n", RECENT).getResultList();
        Map<UUID, LinkedHashMap<String, List<BigDecimal>>> grouped = new HashMap<>();
        for (Object[] r : rows) {
            grouped.computeIfAbsent((UUID) r[0], k -> new LinkedHashMap<>()).computeIfAbsent((String) r[1], k -> new ArrayList<>())
                    .add((BigDecimal) r[2]);
        }
        Map<UUID, List<SeriesView.Point>> recent = new HashMap<>();
        grouped.forEach((id, periods) -> {
            Indicator indicator = byId.get(id);
            List<SeriesView.Point> points = new ArrayList<>();
            periods.forEach((period, values) -> points.add(new SeriesView.Point(period,
                    Aggregator.acrossAreas(values, indicator.aggregation), values.size() == areaCounts.getOrDefault(id, 1))));
            recent.put(id, points);
        });
        return recent;
    }

    private List<DashboardView.LatestChange> latestChanges(UUID partnershipId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.indicator_id, i.code, a.name, m.period, m.value, m.entered_by, m.entered_at, "
                        + "exists (select 1 from measurement_revision r where r.measurement_id = m.id) from measurement m "
                        + "join indicator i on i.id = m.indicator_id join indicator_area a on a.id = m.area_id "
                        + "where i.partnership_id = :p and i.deleted_at is null order by m.entered_at desc, m.id limit 10")
                .setParameter("p", partnershipId).getResultList();
        return rows.stream().map(r -> new DashboardView.LatestChange((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                Aggregator.plain((BigDecimal) r[4]), (String) r[5], time(r[6]), (Boolean) r[7])).toList();
    }

    private OffsetDateTime time(Object value) {
        return DbTimes.at(value, clock.getZone());
    }
}
