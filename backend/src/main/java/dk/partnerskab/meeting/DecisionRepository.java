package dk.partnerskab.meeting;

import dk.partnerskab.common.paging.Like;
import dk.partnerskab.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    public List<Decision> ofMeeting(UUID meetingId) {
        return list("meetingId = ?1 order by createdAt, id", meetingId);
    }

    /** Rows of (decision, meeting, agenda item) for the register, newest meeting first. */
    public List<Object[]> register(UUID partnershipId, String text, PageRequest page) {
        var query = getEntityManager().createQuery(
                        "select d, m, a from Decision d join Meeting m on m.id = d.meetingId join AgendaItem a on a.id = d.agendaItemId "
                                + "where d.partnershipId = :partnership"
                                + (text == null ? "" : " and lower(d.text) like :text" + Like.ESCAPE)
                                + " order by m.startsAt desc, d.createdAt, d.id", Object[].class)
                .setParameter("partnership", partnershipId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        if (text != null) {
            query.setParameter("text", Like.containing(text));
        }
        return query.getResultList();
    }

    public long countRegister(UUID partnershipId, String text) {
        return text == null ? count("partnershipId", partnershipId)
                : count("partnershipId = ?1 and lower(text) like ?2" + Like.ESCAPE, partnershipId, Like.containing(text));
    }
}
