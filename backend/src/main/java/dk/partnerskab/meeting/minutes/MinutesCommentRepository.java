package dk.partnerskab.meeting.minutes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MinutesCommentRepository implements PanacheRepositoryBase<MinutesComment, UUID> {

    /** One meeting's comments, oldest first. */
    public List<MinutesComment> ofMeeting(UUID meetingId) {
        return list("meetingId = ?1 order by createdAt, id", meetingId);
    }

    /** A comment, if it is on this meeting's minutes. */
    public Optional<MinutesComment> findIn(UUID meetingId, UUID commentId) {
        return find("id = ?1 and meetingId = ?2", commentId, meetingId).firstResultOptional();
    }
}
