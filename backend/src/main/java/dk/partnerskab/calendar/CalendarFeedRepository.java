package dk.partnerskab.calendar;

import dk.partnerskab.common.time.DbTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The personal calendar feeds ({@code calendar_feed}, a table without an entity). */
@ApplicationScoped
public class CalendarFeedRepository {

    private final EntityManager em;

    public CalendarFeedRepository(EntityManager em) {
        this.em = em;
    }

    /** When a feed was made and last read. */
    public record Feed(Instant createdAt, Instant lastUsedAt) {}

    public Optional<Feed> ofPerson(UUID personId) {
        List<?> rows = em.createNativeQuery("select created_at, last_used_at from calendar_feed where person_id = :p")
                .setParameter("p", personId)
                .getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r).map(r -> new Feed(instant(r[0]), instant(r[1])));
    }

    /** Stores the person's feed, replacing any earlier one. */
    public void replace(UUID personId, String tokenHash, Instant createdAt) {
        em.createNativeQuery("insert into calendar_feed (person_id, token_hash, created_at) values (:p, :h, :now) "
                        + "on conflict (person_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at, "
                        + "last_used_at = null")
                .setParameter("p", personId)
                .setParameter("h", tokenHash)
                .setParameter("now", Timestamp.from(createdAt))
                .executeUpdate();
    }

    /** @return how many feeds were deleted */
    public int deleteOfPerson(UUID personId) {
        return em.createNativeQuery("delete from calendar_feed where person_id = :p")
                .setParameter("p", personId)
                .executeUpdate();
    }

    /** Marks the feed with this secret's hash as read now. */
    public Optional<UUID> use(String tokenHash, Instant now) {
        List<?> owners = em.createNativeQuery(
                        "update calendar_feed set last_used_at = :now where token_hash = :h returning person_id")
                .setParameter("now", Timestamp.from(now))
                .setParameter("h", tokenHash)
                .getResultList();
        return owners.stream().findFirst().map(UUID.class::cast);
    }

    private static Instant instant(Object value) {
        return value == null ? null : DbTimes.instant(value);
    }
}
