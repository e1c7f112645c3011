package dk.partnerskab.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.person.CurrentPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

    private final AuditEventRepository events;
    private final ObjectMapper json;
    private final CurrentPerson me;
    private final Clock clock;

    public AuditTrail(AuditEventRepository events, ObjectMapper json, CurrentPerson me, Clock clock) {
        this.events = events;
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
        recordAs(
                me.id(),
                me.caller().name(),
                audience,
                partnershipId,
                entityType,
                entityId,
                action,
                summary,
                before,
                after,
                insiderFields);
    }

    /**
     * Records one write by {@code actorId}: for writes made while the caller's own person is being
     * resolved, when asking for it would start over.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(
            UUID actorId,
            String actorName,
            Audience audience,
            UUID partnershipId,
            String entityType,
            UUID entityId,
            AuditAction action,
            String summary,
            Object before,
            Object after,
            String... insiderFields) {
        events.insert(new AuditEventRepository.Event(
                UUID.randomUUID(),
                clock.instant(),
                actorId,
                actorName,
                partnershipId,
                entityType,
                entityId,
                action.name(),
                Text.cut(summary, 500),
                toJson(before),
                toJson(after),
                audience.name(),
                insiderFields));
    }

    /**
     * A partnership's history as a reader sees it, newest first: only the entries recorded for one
     * of the reader's audiences, and without the insider fields unless the reader is an insider.
     */
    @Transactional
    public AuditPage history(UUID partnershipId, Set<Audience> audiences, boolean insider, PageRequest page) {
        String[] names = audiences.stream().map(Audience::name).toArray(String[]::new);
        long total = events.count(partnershipId, names);
        List<AuditEntryView> items = total == 0
                ? List.of()
                : events.page(partnershipId, names, page).stream()
                        .map(e -> {
                            List<String> hidden = insider ? List.of() : e.insiderFields();
                            return new AuditEntryView(
                                    e.id(),
                                    e.occurredAt(),
                                    e.actorName(),
                                    e.entityType(),
                                    e.entityId(),
                                    AuditAction.valueOf(e.action()),
                                    e.summary(),
                                    parse(e.before(), hidden),
                                    parse(e.after(), hidden));
                        })
                        .toList();
        return page.envelope(items, total, AuditPage::new);
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
