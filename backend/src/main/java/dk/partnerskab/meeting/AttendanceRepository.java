package dk.partnerskab.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<Attendance, UUID> {

    /** Rows of (attendance, person, organisation or null) for one meeting, by name. */
    public List<Object[]> withPeople(UUID meetingId) {
        return getEntityManager().createQuery(
                        "select a, p, o from Attendance a join Person p on p.id = a.personId "
                                + "left join Organisation o on o.id = a.organisationId "
                                + "where a.meetingId = :meeting order by lower(p.displayName), a.id", Object[].class)
                .setParameter("meeting", meetingId)
                .getResultList();
    }

    public Optional<Attendance> findIn(UUID meetingId, UUID id) {
        return find("meetingId = ?1 and id = ?2", meetingId, id).firstResultOptional();
    }

    /**
     * Invites the partnership's current members who are not invited yet, in one statement.
     *
     * @return how many were invited
     */
    public int inviteMembers(UUID meetingId, UUID partnershipId, java.time.Instant now) {
        return getEntityManager().createNativeQuery(
                        "INSERT INTO meeting_attendance (id, meeting_id, person_id, organisation_id, response, updated_at) "
                                + "SELECT gen_random_uuid(), ?1, m.person_id, m.organisation_id, 'INVITED', ?3 "
                                + "FROM partnership_member m JOIN meeting mt ON mt.id = ?1 "
                                + "WHERE m.partnership_id = ?2 AND m.deleted_at IS NULL "
                                // A working group's meeting invites its members, and the chair and secretariat who run it.
                                + "AND (mt.working_group_id IS NULL OR m.role IN ('CHAIR', 'SECRETARIAT') OR EXISTS (SELECT 1 "
                                + "FROM working_group_member g WHERE g.working_group_id = mt.working_group_id AND g.person_id = m.person_id)) "
                                + "ON CONFLICT (meeting_id, person_id) DO NOTHING")
                .setParameter(1, meetingId)
                .setParameter(2, partnershipId)
                .setParameter(3, now)
                .executeUpdate();
    }
}
