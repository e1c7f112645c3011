package dk.partnerskab.indicator;

import dk.partnerskab.common.time.DbTimes;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeasurementRepository implements PanacheRepositoryBase<Measurement, UUID> {

    public long countOfIndicator(UUID indicatorId) {
        return count("indicatorId = ?1", indicatorId);
    }

    public long countInArea(UUID areaId) {
        return count("areaId = ?1", areaId);
    }

    /** One area's value in an indicator's latest period. */
    public record LatestValue(UUID indicatorId, String period, BigDecimal value) {}

    /** The values of each indicator's latest period with values, one per area that has one. */
    public List<LatestValue> inLatestPeriods(Collection<UUID> indicatorIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select m.indicator_id, m.period, m.value from measurement m "
                        + "join (select indicator_id, max(period_start) as last from measurement where indicator_id = any(:ids) "
                        + "group by indicator_id) l on l.indicator_id = m.indicator_id and l.last = m.period_start")
                .setParameter("ids", indicatorIds.toArray(new UUID[0]))
                .getResultList();
        return rows.stream()
                .map(r -> new LatestValue((UUID) r[0], (String) r[1], (BigDecimal) r[2]))
                .toList();
    }

    public Optional<Measurement> findInPeriod(UUID indicatorId, UUID areaId, String period) {
        return find("indicatorId = ?1 and areaId = ?2 and period = ?3", indicatorId, areaId, period)
                .firstResultOptional();
    }

    /** Keeps the value {@code m} holds now as a revision, before it is corrected. */
    public void keepRevision(Measurement m, Instant revisedAt, String revisedBy) {
        getEntityManager()
                .createNativeQuery(
                        "insert into measurement_revision (id, measurement_id, old_value, old_source, old_note, "
                                + "old_entered_at, old_entered_by, revised_at, revised_by) values (:id, :m, :v, :s, :n, :at, :by, :now, :me)")
                .setParameter("id", UUID.randomUUID())
                .setParameter("m", m.id)
                .setParameter("v", m.value)
                .setParameter("s", m.source)
                .setParameter("n", m.note)
                .setParameter("at", Timestamp.from(m.enteredAt))
                .setParameter("by", m.enteredBy)
                .setParameter("now", Timestamp.from(revisedAt))
                .setParameter("me", revisedBy)
                .executeUpdate();
    }

    /** A value as it was before a correction. */
    public record Revision(
            BigDecimal oldValue,
            String oldSource,
            String oldNote,
            Instant oldEnteredAt,
            String oldEnteredBy,
            Instant revisedAt,
            String revisedBy) {}

    /** The earlier values of a measurement of the indicator, newest correction first. */
    public List<Revision> revisionsOf(UUID measurementId, UUID indicatorId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select r.old_value, r.old_source, r.old_note, r.old_entered_at, r.old_entered_by, "
                        + "r.revised_at, r.revised_by from measurement_revision r join measurement m on m.id = r.measurement_id "
                        + "where r.measurement_id = :m and m.indicator_id = :i order by r.revised_at desc")
                .setParameter("m", measurementId)
                .setParameter("i", indicatorId)
                .getResultList();
        return rows.stream()
                .map(r -> new Revision(
                        (BigDecimal) r[0],
                        (String) r[1],
                        (String) r[2],
                        instant(r[3]),
                        (String) r[4],
                        instant(r[5]),
                        (String) r[6]))
                .toList();
    }

    private static Instant instant(Object value) {
        return value == null ? null : DbTimes.instant(value);
    }

    /** How many revisions each of the measurements has; those without any are left out. */
    public Map<UUID, Integer> revisionCounts(Collection<UUID> measurementIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select measurement_id, count(*) from measurement_revision "
                        + "where measurement_id = any(:ids) group by measurement_id")
                .setParameter("ids", measurementIds.toArray(new UUID[0]))
                .getResultList();
        Map<UUID, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    /** The indicator's values with period start from {@code from} to {@code to}, newest first, at most {@code limit}. */
    public List<Measurement> between(UUID indicatorId, LocalDate from, LocalDate to, int limit) {
        return getEntityManager()
                .createQuery(
                        "select m from Measurement m where m.indicatorId = :i and m.periodStart >= :from "
                                + "and m.periodStart <= :to order by m.periodStart desc, m.areaId",
                        Measurement.class)
                .setParameter("i", indicatorId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList();
    }

    /** One area's value in one period. */
    public record AreaValue(UUID areaId, String period, BigDecimal value) {}

    /**
     * The indicator's values by period start, then area.
     *
     * @param from the first period's start, or null for no lower bound
     * @param to the last period's start, or null for no upper bound
     */
    public List<AreaValue> series(UUID indicatorId, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("select area_id, period, value from measurement where indicator_id = :i");
        if (from != null) {
            sql.append(" and period_start >= :from");
        }
        if (to != null) {
            sql.append(" and period_start <= :to");
        }
        var query = getEntityManager()
                .createNativeQuery(sql.append(" order by period_start, area_id").toString())
                .setParameter("i", indicatorId);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new AreaValue((UUID) r[0], (String) r[1], (BigDecimal) r[2]))
                .toList();
    }

    /** The area's latest values other than {@code exceptPeriod}'s, newest first, at most {@code limit}. */
    public List<BigDecimal> recentValues(UUID indicatorId, UUID areaId, String exceptPeriod, int limit) {
        @SuppressWarnings("unchecked")
        List<BigDecimal> recent = getEntityManager()
                .createNativeQuery("select value from measurement where indicator_id = :i and area_id = :a "
                        + "and period <> :p order by period_start desc")
                .setParameter("i", indicatorId)
                .setParameter("a", areaId)
                .setParameter("p", exceptPeriod)
                .setMaxResults(limit)
                .getResultList();
        return recent;
    }
}
