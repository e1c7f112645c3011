package dk.partnerskab.meeting.minutes;

import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.time.DbTimes;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

    private static final String ORDER = " order by f.dueDate asc nulls last, f.createdAt, f.id";

    public List<FollowUp> ofMeeting(UUID meetingId) {
        return list("meetingId = ?1 order by createdAt, id", meetingId);
    }

    public Optional<FollowUp> findIn(UUID partnershipId, UUID id) {
        return find("partnershipId = ?1 and id = ?2", partnershipId, id).firstResultOptional();
    }

    /** Only items in published minutes, for callers who do not see draft minutes. */
    private static final String PUBLISHED = " and exists (select 1 from Meeting pm where pm.id = f.meetingId "
            + "and pm.minutesStatus = dk.partnerskab.meeting.minutes.MinutesStatus.PUBLISHED)";

    /** @param withDrafts whether items in minutes not yet published are included */
    public List<FollowUp> ofPartnership(
            UUID partnershipId, FollowUpStatus status, boolean withDrafts, PageRequest page) {
        Parameters params = Parameters.with("partnership", partnershipId);
        return find(
                        "from FollowUp f where f.partnershipId = :partnership" + status(status, params)
                                + (withDrafts ? "" : PUBLISHED) + ORDER,
                        params)
                .page(page.page(), page.size())
                .list();
    }

    public long countOfPartnership(UUID partnershipId, FollowUpStatus status, boolean withDrafts) {
        Parameters params = Parameters.with("partnership", partnershipId);
        return count(
                "from FollowUp f where f.partnershipId = :partnership" + status(status, params)
                        + (withDrafts ? "" : PUBLISHED),
                params);
    }

    /**
     * Where the person is responsible, or the organisation they represent in that partnership is, in
     * the partnerships they are a member of.
     *
     * @param representing the organisation the person represents in each of their partnerships (null for none)
     */
    public List<FollowUp> mine(
            UUID personId, Map<UUID, UUID> representing, Set<UUID> observing, FollowUpStatus status, PageRequest page) {
        Parameters params = Parameters.with("person", personId);
        return find(
                        "from FollowUp f where " + mine(representing, observing, params) + status(status, params)
                                + ORDER,
                        params)
                .page(page.page(), page.size())
                .list();
    }

    public long countMine(UUID personId, Map<UUID, UUID> representing, Set<UUID> observing, FollowUpStatus status) {
        Parameters params = Parameters.with("person", personId);
        return count("from FollowUp f where " + mine(representing, observing, params) + status(status, params), params);
    }

    /**
     * Where the person answers for an item: by name or through the organisation they represent as a
     * member; as an observer by name only, and only once the minutes are published.
     *
     * @param representing the partnerships where the person is a member, with their organisation
     * @param observing the partnerships where the person is an observer
     */
    private static String mine(Map<UUID, UUID> representing, Set<UUID> observing, Parameters params) {
        // An empty IN list is not valid JPQL; nobody's id is the nil UUID.
        Set<UUID> none = Set.of(new UUID(0, 0));
        params.and("partnerships", representing.isEmpty() ? none : representing.keySet());
        params.and("observing", observing.isEmpty() ? none : observing);
        StringBuilder mine = new StringBuilder("((f.partnershipId in :observing and f.responsiblePersonId = :person"
                + PUBLISHED + ") or (f.partnershipId in :partnerships and (f.responsiblePersonId = :person");
        int i = 0;
        for (Map.Entry<UUID, UUID> membership : representing.entrySet()) {
            if (membership.getValue() != null) {
                mine.append(" or (f.partnershipId = :p")
                        .append(i)
                        .append(" and f.responsibleOrganisationId = :o")
                        .append(i)
                        .append(")");
                params.and("p" + i, membership.getKey()).and("o" + i, membership.getValue());
                i++;
            }
        }
        return mine.append(")))").toString();
    }

    private static String status(FollowUpStatus status, Parameters params) {
        if (status == null) {
            return "";
        }
        params.and("status", status);
        return " and f.status = :status";
    }

    /** An open follow-up item due by a meeting, with the meeting it came from. */
    public record Due(
            UUID id,
            String title,
            LocalDate dueDate,
            UUID meetingId,
            String meetingTitle,
            Instant meetingStartsAt,
            UUID responsiblePersonId,
            UUID responsibleOrganisationId) {}

    /**
     * The partnership's open items of other meetings due by {@code day} that are not yet on the
     * meeting's agenda, by due date.
     */
    public List<Due> dueForAgenda(UUID partnershipId, LocalDate day, UUID meetingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select f.id, f.title, f.due_date, m.id, m.title, m.starts_at, "
                        + "f.responsible_person_id, f.responsible_organisation_id from follow_up_item f join meeting m on m.id = f.meeting_id "
                        + "where f.partnership_id = :p and f.status = 'OPEN' and f.deleted_at is null and f.due_date <= :day "
                        + "and f.meeting_id <> :m and not exists (select 1 from agenda_item a where a.meeting_id = :m "
                        + "and a.follow_up_id = f.id and a.deleted_at is null) order by f.due_date, f.id")
                .setParameter("p", partnershipId)
                .setParameter("day", day)
                .setParameter("m", meetingId)
                .getResultList();
        return rows.stream()
                .map(r -> new Due(
                        (UUID) r[0],
                        (String) r[1],
                        r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2],
                        (UUID) r[3],
                        (String) r[4],
                        r[5] == null ? null : DbTimes.instant(r[5]),
                        (UUID) r[6],
                        (UUID) r[7]))
                .toList();
    }

    /**
     * Marks the open items due from {@code from} to {@code to} that nobody was reminded of as
     * reminded, and answers them, in one statement: no item is reminded of twice.
     */
    public List<FollowUpService.Due> claimReminders(LocalDate from, LocalDate to, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = getEntityManager()
                .createNativeQuery(
                        "update follow_up_item f set reminder_sent_at = :now from meeting m where m.id = f.meeting_id "
                                + "and f.status = 'OPEN' and f.deleted_at is null and f.reminder_sent_at is null "
                                + "and f.due_date between :from and :to "
                                + "returning f.id, f.partnership_id, f.title, f.due_date, f.responsible_person_id, "
                                + "f.responsible_organisation_id, m.minutes_status = 'PUBLISHED'")
                .setParameter("now", java.sql.Timestamp.from(now))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return due.stream()
                .map(r -> new FollowUpService.Due(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3],
                        (UUID) r[4],
                        (UUID) r[5],
                        (Boolean) r[6]))
                .toList();
    }
}
