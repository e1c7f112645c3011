package dk.partnerskab.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.person.CurrentPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The append-only record of every write (the table refuses UPDATE and DELETE). Services call
 * {@link #record} inside their transaction, so an audit entry exists exactly when the write does.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager em;
    private final ObjectMapper json;
    private final CurrentPerson me;
    private final Clock clock;

    public AuditTrail(EntityManager em, ObjectMapper json, CurrentPerson me, Clock clock) {
        this.em = em;
        this.json = json;
        this.me = me;
        this.clock = clock;
    }

    /**
     * Records one write by the current caller, for every reader of the partnership.
     *
     * @param before the entity's read model before the write, null when created
     * @param after the entity's read model after the write, null when deleted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            UUID partnershipId,
            String entityType,
            UUID entityId,
            AuditAction action,
            String summary,
            Object before,
            Object after) {
        record(Audience.EVERYONE, partnershipId, entityType, entityId, action, summary, before, after);
    }

    /**
     * Records one write by the current caller for {@code audience}: what the entity was when written
     * decides who may read the entry (see {@link Audience}).
     *
     * @param insiderFields fields of {@code before} and {@code after} that only the partnership's
     *                      members read (an e-mail address, the reason given with apologies)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            Audience audience,
            UUID partnershipId,
            String entityType,
            UUID entityId,
            AuditAction action,
            String summary,
            Object before,
            Object after,
            String... insiderFields) {
        em.createNativeQuery(
                        "INSERT INTO audit_event (id, occurred_at, actor_id, actor_name, partnership_id, entity_type, "
                                + "entity_id, action, summary, before, after, audience, insider_fields) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                                + "?8, ?9, cast(?10 as jsonb), cast(?11 as jsonb), ?12, ?13)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, me.id())
                .setParameter(4, me.caller().name())
                .setParameter(5, partnershipId)
                .setParameter(6, entityType)
                .setParameter(7, entityId)
                .setParameter(8, action.name())
                .setParameter(9, summary.length() > 500 ? summary.substring(0, 500) : summary)
                .setParameter(10, toJson(before))
                .setParameter(11, toJson(after))
                .setParameter(12, audience.name())
                .setParameter(13, insiderFields)
                .executeUpdate();
    }

    /**
     * A partnership's history as a reader sees it, newest first: only the entries recorded for one
     * of the reader's audiences, and without the insider fields unless the reader is an insider.
     */
    @Transactional
    public AuditPage history(UUID partnershipId, Set<Audience> audiences, boolean insider, PageRequest page) {
        String[] names = audiences.stream().map(Audience::name).toArray(String[]::new);
        long total = ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM audit_event WHERE partnership_id = ?1 AND audience = any(?2)")
                        .setParameter(1, partnershipId)
                        .setParameter(2, names)
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, occurred_at, actor_name, entity_type, entity_id, action, summary, "
                                + "cast(before as text), cast(after as text), insider_fields FROM audit_event "
                                + "WHERE partnership_id = ?1 AND audience = any(?2) ORDER BY occurred_at DESC, id DESC")
                .setParameter(1, partnershipId)
                .setParameter(2, names)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        List<AuditEntryView> items = rows.stream()
                .map(r -> {
                    List<String> hidden = insider ? List.of() : texts(r[9]);
                    return new AuditEntryView(
                            (UUID) r[0],
                            toInstant(r[1]),
                            (String) r[2],
                            (String) r[3],
                            (UUID) r[4],
                            AuditAction.valueOf((String) r[5]),
                            (String) r[6],
                            parse((String) r[7], hidden),
                            parse((String) r[8], hidden));
                })
                .toList();
        return page.envelope(items, total, AuditPage::new);
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static List<String> texts(Object array) {
        try {
            Object value = array instanceof java.sql.Array sql ? sql.getArray() : array;
            return value == null
                    ? List.of()
                    : java.util.Arrays.stream((Object[]) value)
                            .map(String::valueOf)
                            .toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Unreadable audit entry", e);
        }
    }

    private String toJson(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot record " + value.getClass().getSimpleName() + " in the audit trail", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String text, List<String> hidden) {
        try {
            if (text == null) {
                return null;
            }
            Map<String, Object> fields = json.readValue(text, Map.class);
            hidden.forEach(fields::remove);
            return fields;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Unreadable audit entry", e);
        }
    }
}
