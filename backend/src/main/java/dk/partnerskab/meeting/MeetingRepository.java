package dk.partnerskab.meeting;

import dk.partnerskab.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    public Optional<Meeting> findIn(UUID partnershipId, UUID id) {
        return find("partnershipId = ?1 and id = ?2", partnershipId, id).firstResultOptional();
    }

    public List<Meeting> page(UUID partnershipId, MeetingFilter filter, PageRequest page) {
        Parameters params = new Parameters();
        String where = where(partnershipId, filter, params);
        String direction = page.descending() ? " desc" : "";
        return find("from Meeting m where " + where + " order by m.startsAt" + direction + ", m.id" + direction, params)
                .page(page.page(), page.size())
                .list();
    }

    public long count(UUID partnershipId, MeetingFilter filter) {
        Parameters params = new Parameters();
        return count("from Meeting m where " + where(partnershipId, filter, params), params);
    }

    private static String where(UUID partnershipId, MeetingFilter filter, Parameters params) {
        StringBuilder where = new StringBuilder("m.partnershipId = :partnership");
        params.and("partnership", partnershipId);
        if (filter.from() != null) {
            where.append(" and m.startsAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.before() != null) {
            where.append(" and m.startsAt < :before");
            params.and("before", filter.before());
        }
        if (filter.workingGroupId() != null) {
            where.append(" and m.workingGroupId = :workingGroup");
            params.and("workingGroup", filter.workingGroupId());
        }
        if (filter.status() != null) {
            where.append(" and m.status = :status");
            params.and("status", filter.status());
        }
        return where.toString();
    }

    /** A calendar year's meetings: those not cancelled, and those held. */
    public record YearCount(int year, long planned, long held) {}

    /** The meetings per calendar year in {@code zone}, for the years from {@code from} to {@code to}. */
    public List<YearCount> countsPerYear(UUID partnershipId, String zone, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "SELECT CAST(extract(year FROM starts_at AT TIME ZONE ?2) AS integer) AS y, "
                                + "count(*) FILTER (WHERE status <> 'CANCELLED'), count(*) FILTER (WHERE status = 'HELD') "
                                + "FROM meeting WHERE partnership_id = ?1 AND starts_at >= ?3 AND starts_at < ?4 GROUP BY y ORDER BY y")
                .setParameter(1, partnershipId)
                .setParameter(2, zone)
                .setParameter(3, from)
                .setParameter(4, to)
                .getResultList();
        return rows.stream()
                .map(r -> new YearCount(
                        ((Number) r[0]).intValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    /** The last meeting of the partnership before {@code start} that was held or cancelled. */
    public Optional<UUID> lastClosedBefore(UUID partnershipId, Instant start) {
        List<?> previous = getEntityManager()
                .createNativeQuery("select id from meeting where partnership_id = :p and starts_at < :start "
                        + "and status in ('HELD', 'CANCELLED') order by starts_at desc, id desc")
                .setParameter("p", partnershipId)
                .setParameter("start", Timestamp.from(start))
                .setMaxResults(1)
                .getResultList();
        return previous.stream().findFirst().map(UUID.class::cast);
    }

    /**
     * The latest meeting before {@code start} of the same body (the working group, or the whole
     * partnership when {@code workingGroupId} is null) that was not cancelled and has an agenda.
     */
    public Optional<Meeting> previousWithAgenda(UUID partnershipId, UUID workingGroupId, Instant start) {
        return find(
                        "from Meeting m where m.partnershipId = ?1 and m.startsAt < ?2 and m.status <> ?3 "
                                + "and (m.workingGroupId = ?4 or (m.workingGroupId is null and ?4 is null)) "
                                + "and exists (select 1 from AgendaItem a where a.meetingId = m.id) "
                                + "order by m.startsAt desc, m.id desc",
                        partnershipId,
                        start,
                        MeetingStatus.CANCELLED,
                        workingGroupId)
                .firstResultOptional();
    }

    /** Whether the partnership itself (not a working group) has a meeting that is not cancelled in [from, to). */
    public boolean partnershipMeetingBetween(UUID partnershipId, Instant from, Instant to) {
        return count(
                        "partnershipId = ?1 and workingGroupId is null and status <> ?2 and startsAt >= ?3 and startsAt < ?4",
                        partnershipId,
                        MeetingStatus.CANCELLED,
                        from,
                        to)
                > 0;
    }
}
