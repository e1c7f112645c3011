package dk.partnerskab.meeting.attendance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<Attendance, UUID> {

    public List<Attendance> ofMeeting(UUID meetingId) {
        return list("meetingId", meetingId);
    }

    public Optional<Attendance> findIn(UUID meetingId, UUID id) {
        return find("meetingId = ?1 and id = ?2", meetingId, id).firstResultOptional();
    }

    /**
     * Invites those of the people who are not invited yet, in one statement.
     *
     * @param organisationIds the organisation each person represents, in the same order (nulls allowed)
     * @return the people newly invited
     */
    public List<UUID> invite(UUID meetingId, UUID[] personIds, UUID[] organisationIds, java.time.Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> invited = getEntityManager()
                .createNativeQuery(
                        // One statement for the whole list bypasses the entity listener: it sets the lifecycle columns
                        // itself.
                        "INSERT INTO meeting_attendance (id, meeting_id, person_id, organisation_id, response, created_at, "
                                + "created_by, updated_at, updated_by) "
                                + "SELECT gen_random_uuid(), ?1, i.person_id, i.organisation_id, 'INVITED', ?4, ?5, ?4, ?5 "
                                + "FROM unnest(cast(?2 as uuid[]), cast(?3 as uuid[])) AS i (person_id, organisation_id) "
                                + "ON CONFLICT (meeting_id, person_id) DO NOTHING RETURNING person_id")
                .setParameter(1, meetingId)
                .setParameter(2, personIds)
                .setParameter(3, organisationIds)
                .setParameter(4, now)
                .setParameter(5, dk.partnerskab.common.persistence.Lifecycle.actorName())
                .getResultList();
        return invited;
    }
}
