package dk.partnerskab.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MinutesCommentRepository implements PanacheRepositoryBase<MinutesComment, UUID> {

    /** Rows of (comment, author) for one meeting, oldest first. */
    public List<Object[]> withAuthors(UUID meetingId) {
        return getEntityManager().createQuery(
                        "select c, p from MinutesComment c join dk.partnerskab.person.Person p on p.id = c.personId "
                                + "where c.meetingId = :meeting order by c.createdAt, c.id", Object[].class)
                .setParameter("meeting", meetingId)
                .getResultList();
    }
}
