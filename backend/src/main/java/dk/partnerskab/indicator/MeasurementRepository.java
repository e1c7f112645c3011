package dk.partnerskab.indicator;

import dk.partnerskab.common.time.DbTimes;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
public class MeasurementRepository implements PanacheRepositoryBase<Measurement, UUID> {

    public long countOfIndicator(UUID indicatorId) {
        return count("indicatorId = ?1", indicatorId);
    }

    public long countInArea(UUID areaId) {
        return count("areaId = ?1", areaId);
    }

    /**
     * One area's value in a period an indicator's headline reads.
     *
     * @param newest the period is the indicator's newest with any value
     * @param complete every one of the indicator's areas has a value for the period
     */
    public record HeadlineValue(UUID indicatorId, String period, BigDecimal value, boolean newest, boolean complete) {}

    /**
     * For each indicator, the values of its newest period with any value and of its newest period
     * with a value for every area (often the same period), in one query: what {@link Headline} reads.
     */
    public List<HeadlineValue> forHeadlines(Collection<UUID> indicatorIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "with reported as (select indicator_id, period_start, count(*) as n from measurement "
                                + "where indicator_id = any(:ids) group by indicator_id, period_start), "
                                + "expected as (select indicator_id, count(*) as n from indicator_area "
                                + "where indicator_id = any(:ids) group by indicator_id), "
                                + "picked as (select r.indicator_id, max(r.period_start) as newest, "
                                + "max(r.period_start) filter (where r.n >= e.n) as settled from reported r "
                                + "join expected e on e.indicator_id = r.indicator_id group by r.indicator_id) "
                                + "select m.indicator_id, m.period, m.value, m.period_start = p.newest, "
                                + "coalesce(m.period_start = p.settled, false) from measurement m "
                                + "join picked p on p.indicator_id = m.indicator_id "
                                + "where m.period_start = p.newest or m.period_start = p.settled")
                .setParameter("ids", indicatorIds.toArray(new UUID[0]))
                .getResultList();
        return rows.stream()
                .map(r -> new HeadlineValue(
                        (UUID) r[0], (String) r[1], (BigDecimal) r[2], (Boolean) r[3], (Boolean) r[4]))
                .toList();
    }

    public Optional<Measurement> findInPeriod(UUID indicatorId, UUID areaId, String period) {
        return find("indicatorId = ?1 and areaId = ?2 and period = ?3", indicatorId, areaId, period)
                .firstResultOptional();
    }

    /** The values of these indicators in one period, as entities to correct. */
    public List<Measurement> inPeriod(Collection<UUID> indicatorIds, String period) {
        return indicatorIds.isEmpty()
                ? List.of()
                : list("indicatorId in ?1 and period = ?2", Set.copyOf(indicatorIds), period);
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

    /** A value of an indicator's period, for the dashboard. */
    public record PeriodValue(UUID indicatorId, String period, BigDecimal value) {}

    /**
     * The values of each indicator's last {@code periods} periods with values, by indicator, then
     * period start.
     */
    public List<PeriodValue> inLastPeriods(List<UUID> indicatorIds, int periods) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "select indicator_id, period, value from (select indicator_id, period, period_start, value, "
                                + "dense_rank() over (partition by indicator_id order by period_start desc) as r from measurement "
                                + "where indicator_id = any(:ids)) x where r <= :n order by indicator_id, period_start")
                .setParameter("ids", indicatorIds.toArray(UUID[]::new))
                .setParameter("n", periods)
                .getResultList();
        return rows.stream()
                .map(r -> new PeriodValue((UUID) r[0], (String) r[1], (BigDecimal) r[2]))
                .toList();
    }

    /** A value as it was last entered or corrected, with its indicator's code and its area's name. */
    public record Entered(
            UUID indicatorId,
            String code,
            String area,
            String period,
            BigDecimal value,
            String enteredBy,
            Instant enteredAt,
            boolean corrected) {}

    /** The partnership's last {@code max} values entered, newest first. */
    public List<Entered> lastEntered(UUID partnershipId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "select m.indicator_id, i.code, a.name, m.period, m.value, m.entered_by, m.entered_at, "
                                + "exists (select 1 from measurement_revision r where r.measurement_id = m.id) from measurement m "
                                + "join indicator i on i.id = m.indicator_id join indicator_area a on a.id = m.area_id "
                                + "where i.partnership_id = :p and i.deleted_at is null order by m.entered_at desc, m.id limit :max")
                .setParameter("p", partnershipId)
                .setParameter("max", max)
                .getResultList();
        return rows.stream()
                .map(r -> new Entered(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (BigDecimal) r[4],
                        (String) r[5],
                        instant(r[6]),
                        (Boolean) r[7]))
                .toList();
    }

    /** A value in the columns of the export. */
    public record ExportRow(String code, String area, String period, BigDecimal value, String source, String note) {}

    /**
     * The partnership's values by indicator code, area position and period start.
     *
     * @param indicatorId one indicator, or null for all of the partnership's
     */
    public List<ExportRow> forExport(UUID partnershipId, UUID indicatorId) {
        var query = getEntityManager()
                .createNativeQuery("select i.code, a.name, m.period, m.value, m.source, m.note from measurement m "
                        + "join indicator i on i.id = m.indicator_id join indicator_area a on a.id = m.area_id "
                        + "where i.partnership_id = :p and i.deleted_at is null"
                        + (indicatorId == null ? "" : " and i.id = :i")
                        + " order by lower(i.code), a.position, m.period_start")
                .setParameter("p", partnershipId);
        if (indicatorId != null) {
            query.setParameter("i", indicatorId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new ExportRow(
                        (String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (String) r[4], (String) r[5]))
                .toList();
    }

    /** A stored value, as an import compares against it. */
    public record Stored(
            UUID indicatorId,
            UUID areaId,
            String period,
            UUID id,
            BigDecimal value,
            String source,
            String note,
            Instant enteredAt,
            String enteredBy,
            long version) {}

    /** The stored values of these indicators in these periods, in one query. */
    public List<Stored> inPeriods(Set<UUID> indicatorIds, Set<String> periods) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "select indicator_id, area_id, period, id, value, source, note, entered_at, entered_by, version "
                                + "from measurement where indicator_id = any(:ids) and period = any(:periods)")
                .setParameter("ids", indicatorIds.toArray(UUID[]::new))
                .setParameter("periods", periods.toArray(String[]::new))
                .getResultList();
        return rows.stream()
                .map(r -> new Stored(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (UUID) r[3],
                        (BigDecimal) r[4],
                        (String) r[5],
                        (String) r[6],
                        DbTimes.instant(r[7]),
                        (String) r[8],
                        ((Number) r[9]).longValue()))
                .toList();
    }

    /** A write of an import: a new value or a correction of a stored one. */
    public sealed interface ImportWrite {}

    /** A new value. */
    public record NewValue(
            UUID indicatorId,
            UUID areaId,
            String period,
            LocalDate periodStart,
            BigDecimal value,
            String source,
            String note)
            implements ImportWrite {}

    /** A correction of {@code before}, which is kept as a revision. */
    public record Correction(Stored before, BigDecimal value, String source, String note) implements ImportWrite {}

    /**
     * Inserts and corrects in JDBC batches, in the given order: an import of tens of thousands of
     * rows is one round trip per thousand. A new value whose period someone filled meanwhile, or a
     * correction of a value someone changed meanwhile, is not written.
     *
     * @return the positions in {@code writes} of those not written; the caller rolls back if any
     */
    public List<Integer> writeInBatches(List<? extends ImportWrite> writes, Instant now, String by) {
        getEntityManager().flush();
        return getEntityManager()
                .unwrap(Session.class)
                .doReturningWork(connection -> write(connection, writes, now, by));
    }

    private static List<Integer> write(
            Connection connection, List<? extends ImportWrite> writes, Instant now, String me) throws SQLException {
        Timestamp at = Timestamp.from(now);
        List<Integer> missed = new java.util.ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                        "insert into measurement (id, indicator_id, area_id, period, period_start, value, source, note, "
                                + "entered_at, entered_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                + "on conflict on constraint measurement_uk do nothing");
                PreparedStatement revision = connection.prepareStatement(
                        "insert into measurement_revision (id, measurement_id, old_value, "
                                + "old_source, old_note, old_entered_at, old_entered_by, revised_at, revised_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "update measurement set value = ?, source = ?, note = ?, "
                                + "entered_at = ?, entered_by = ?, version = version + 1 where id = ? and version = ?")) {
            List<Integer> inserted = new java.util.ArrayList<>();
            List<Integer> updated = new java.util.ArrayList<>();
            for (int i = 0; i < writes.size(); i++) {
                ImportWrite w = writes.get(i);
                if (w instanceof NewValue n) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, n.indicatorId());
                    insert.setObject(3, n.areaId());
                    insert.setString(4, n.period());
                    insert.setDate(5, Date.valueOf(n.periodStart()));
                    insert.setBigDecimal(6, n.value());
                    insert.setString(7, n.source());
                    insert.setString(8, n.note());
                    insert.setTimestamp(9, at);
                    insert.setString(10, me);
                    insert.addBatch();
                    inserted.add(i);
                } else if (w instanceof Correction c) {
                    Stored e = c.before();
                    revision.setObject(1, UUID.randomUUID());
                    revision.setObject(2, e.id());
                    revision.setBigDecimal(3, e.value());
                    revision.setString(4, e.source());
                    revision.setString(5, e.note());
                    revision.setTimestamp(6, Timestamp.from(e.enteredAt()));
                    revision.setString(7, e.enteredBy());
                    revision.setTimestamp(8, at);
                    revision.setString(9, me);
                    revision.addBatch();
                    update.setBigDecimal(1, c.value());
                    update.setString(2, c.source());
                    update.setString(3, c.note());
                    update.setTimestamp(4, at);
                    update.setString(5, me);
                    update.setObject(6, e.id());
                    update.setLong(7, e.version());
                    update.addBatch();
                    updated.add(i);
                } else {
                    continue;
                }
                if ((inserted.size() + updated.size()) % 1000 == 0) {
                    flush(insert, inserted, revision, update, updated, missed);
                }
            }
            flush(insert, inserted, revision, update, updated, missed);
        }
        java.util.Collections.sort(missed);
        return missed;
    }

    /** Sends the batches, noting which of their writes changed no row. */
    private static void flush(
            PreparedStatement insert,
            List<Integer> inserted,
            PreparedStatement revision,
            PreparedStatement update,
            List<Integer> updated,
            List<Integer> missed)
            throws SQLException {
        note(insert.executeBatch(), inserted, missed);
        revision.executeBatch();
        note(update.executeBatch(), updated, missed);
        inserted.clear();
        updated.clear();
    }

    private static void note(int[] counts, List<Integer> positions, List<Integer> missed) {
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] == 0) {
                missed.add(positions.get(k));
            }
        }
    }
}
