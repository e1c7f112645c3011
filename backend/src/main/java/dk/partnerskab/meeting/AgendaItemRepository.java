package dk.partnerskab.meeting;

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

    /** Whether a deleted item with this id belongs to the meeting (the entity filter hides it). */
    public boolean isDeletedIn(UUID meetingId, UUID id) {
        return !getEntityManager().createNativeQuery(
                        "SELECT 1 FROM agenda_item WHERE meeting_id = ?1 AND id = ?2 AND deleted_at IS NOT NULL")
                .setParameter(1, meetingId).setParameter(2, id).getResultList().isEmpty();
    }

    public void undelete(UUID id, int position) {
        getEntityManager().createNativeQuery(
                        "UPDATE agenda_item SET deleted_at = NULL, position = ?2, version = version + 1 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, position).executeUpdate();
    }
}
