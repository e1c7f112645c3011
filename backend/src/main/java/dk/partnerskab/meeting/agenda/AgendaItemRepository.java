package dk.partnerskab.meeting.agenda;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgendaItemRepository implements PanacheRepositoryBase<AgendaItem, UUID> {

    public List<AgendaItem> livingOf(UUID meetingId) {
        return list("meetingId = ?1 order by position, id", meetingId);
    }

    public Optional<AgendaItem> findIn(UUID meetingId, UUID id) {
        return find("meetingId = ?1 and id = ?2", meetingId, id).firstResultOptional();
    }

    public int nextPosition(UUID meetingId) {
        Integer max = getEntityManager()
                .createQuery("select max(a.position) from AgendaItem a where a.meetingId = :meeting", Integer.class)
                .setParameter("meeting", meetingId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public long countLiving(UUID meetingId) {
        return count("meetingId", meetingId);
    }

    /** An item of an earlier meeting, to carry over. */
    public record Unfinished(UUID id, String title) {}

    /**
     * The living items of the earlier meeting that got no minutes and no decision (all of them if
     * it was cancelled) and are not yet carried over to the meeting, in their order.
     */
    public List<Unfinished> notDealtWith(UUID earlierMeetingId, boolean cancelled, UUID meetingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select a.id, a.title from agenda_item a where a.meeting_id = :earlier "
                        + "and a.deleted_at is null and (:cancelled or ((a.minutes_text is null or btrim(a.minutes_text) = '') "
                        + "and not exists (select 1 from decision d where d.agenda_item_id = a.id and d.deleted_at is null))) "
                        + "and not exists (select 1 from agenda_item n where n.meeting_id = :m and n.carried_over_from = a.id "
                        + "and n.deleted_at is null) order by a.position, a.id")
                .setParameter("earlier", earlierMeetingId)
                .setParameter("cancelled", cancelled)
                .setParameter("m", meetingId)
                .getResultList();
        return rows.stream()
                .map(r -> new Unfinished((UUID) r[0], (String) r[1]))
                .toList();
    }

    /** The meetings the given items (deleted ones too) stand on. */
    public List<AgendaService.Place> places(java.util.Collection<UUID> itemIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select a.id, m.id, m.title, m.agenda_published_at is not null from agenda_item a "
                        + "join meeting m on m.id = a.meeting_id where a.id = any(:ids)")
                .setParameter("ids", itemIds.toArray(UUID[]::new))
                .getResultList();
        return rows.stream()
                .map(r -> new AgendaService.Place((UUID) r[0], (UUID) r[1], (String) r[2], (Boolean) r[3]))
                .toList();
    }
}
