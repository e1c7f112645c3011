package dk.partnerskab.meeting.minutes;

import dk.partnerskab.common.time.DbTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The published versions of minutes ({@code minutes_version}, a table without an entity). */
@ApplicationScoped
public class MinutesVersionRepository {

    private final EntityManager em;

    public MinutesVersionRepository(EntityManager em) {
        this.em = em;
    }

    /** A published version without its content. */
    public record Summary(int number, Instant publishedAt, String publishedBy, String reason) {}

    /** A published version with its content, the JSON of its items. */
    public record Version(int number, Instant publishedAt, String publishedBy, String reason, String content) {}

    /** @param content the items as JSON */
    public void insert(
            UUID meetingId, int number, Instant publishedAt, String publishedBy, String reason, String content) {
        em.createNativeQuery(
                        "insert into minutes_version (meeting_id, number, published_at, published_by, reason, content) "
                                + "values (:m, :n, :at, :by, :reason, cast(:content as jsonb))")
                .setParameter("m", meetingId)
                .setParameter("n", number)
                .setParameter("at", Timestamp.from(publishedAt))
                .setParameter("by", publishedBy)
                .setParameter("reason", reason)
                .setParameter("content", content)
                .executeUpdate();
    }

    /** The meeting's versions, oldest first. */
    public List<Summary> ofMeeting(UUID meetingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select number, published_at, published_by, reason from minutes_version "
                                + "where meeting_id = :m order by number")
                .setParameter("m", meetingId)
                .getResultList();
        return rows.stream()
                .map(r -> new Summary(((Number) r[0]).intValue(), instant(r[1]), (String) r[2], (String) r[3]))
                .toList();
    }

    /** Version {@code number} and the one before it, where they exist, newest first. */
    public List<Version> withPrevious(UUID meetingId, int number) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select number, published_at, published_by, reason, cast(content as text) "
                                + "from minutes_version where meeting_id = :m and number in (:n, :previous) order by number desc")
                .setParameter("m", meetingId)
                .setParameter("n", number)
                .setParameter("previous", number - 1)
                .getResultList();
        return rows.stream()
                .map(r -> new Version(
                        ((Number) r[0]).intValue(), instant(r[1]), (String) r[2], (String) r[3], (String) r[4]))
                .toList();
    }

    private static Instant instant(Object value) {
        return value == null ? null : DbTimes.instant(value);
    }
}
