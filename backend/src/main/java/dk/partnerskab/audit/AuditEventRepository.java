package dk.partnerskab.audit;

import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.time.DbTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The {@code audit_event} table, written with plain SQL because it has no entity: the table refuses
 * UPDATE and DELETE, which an entity's lifecycle would try sooner or later.
 */
@ApplicationScoped
public class AuditEventRepository {

    private final EntityManager em;

    public AuditEventRepository(EntityManager em) {
        this.em = em;
    }

    /** An entry as written; {@code before} and {@code after} are JSON, or null. */
    public record Event(
            UUID id,
            Instant occurredAt,
            UUID actorId,
            String actorName,
            UUID partnershipId,
            String entityType,
            UUID entityId,
            String action,
            String summary,
            String before,
            String after,
            String audience,
            String[] insiderFields) {}

    /** An entry as read for a partnership's history. */
    public record Entry(
            UUID id,
            Instant occurredAt,
            String actorName,
            String entityType,
            UUID entityId,
            String action,
            String summary,
            String before,
            String after,
            List<String> insiderFields) {}

    public void insert(Event e) {
        em.createNativeQuery("insert into audit_event (id, occurred_at, actor_id, actor_name, partnership_id, "
                        + "entity_type, entity_id, action, summary, before, after, audience, insider_fields) "
                        + "values (:id, :at, :actor, :actorName, :p, :type, :entity, :action, :summary, "
                        + "cast(:before as jsonb), cast(:after as jsonb), :audience, :insider)")
                .setParameter("id", e.id())
                .setParameter("at", Timestamp.from(e.occurredAt()))
                .setParameter("actor", e.actorId())
                .setParameter("actorName", e.actorName())
                .setParameter("p", e.partnershipId())
                .setParameter("type", e.entityType())
                .setParameter("entity", e.entityId())
                .setParameter("action", e.action())
                .setParameter("summary", e.summary())
                .setParameter("before", e.before())
                .setParameter("after", e.after())
                .setParameter("audience", e.audience())
                .setParameter("insider", e.insiderFields())
                .executeUpdate();
    }

    /** How many of the partnership's entries are recorded for one of {@code audiences}. */
    public long count(UUID partnershipId, String[] audiences) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from audit_event where partnership_id = :p and audience = any(:audiences)")
                        .setParameter("p", partnershipId)
                        .setParameter("audiences", audiences)
                        .getSingleResult())
                .longValue();
    }

    /** One page of the partnership's entries for one of {@code audiences}, newest first. */
    public List<Entry> page(UUID partnershipId, String[] audiences, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, occurred_at, actor_name, entity_type, entity_id, "
                        + "action, summary, cast(before as text), cast(after as text), insider_fields "
                        + "from audit_event where partnership_id = :p and audience = any(:audiences) "
                        + "order by occurred_at desc, id desc")
                .setParameter("p", partnershipId)
                .setParameter("audiences", audiences)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return rows.stream()
                .map(r -> new Entry(
                        (UUID) r[0],
                        DbTimes.instant(r[1]),
                        (String) r[2],
                        (String) r[3],
                        (UUID) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        (String) r[8],
                        texts(r[9])))
                .toList();
    }

    private static List<String> texts(Object array) {
        try {
            Object value = array instanceof java.sql.Array sql ? sql.getArray() : array;
            return value == null
                    ? List.of()
                    : Arrays.stream((Object[]) value).map(String::valueOf).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Unreadable audit entry", e);
        }
    }
}
