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

    /** Whether a deleted item with this id belongs to the meeting (the entity filter hides it). */
}
