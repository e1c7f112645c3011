package dk.partnerskab.indicator;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.validation.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Which partnership has an import running ({@code import_lock}): a row per running import, so the
 * rule holds across every instance of the API. A row left by an instance that stopped mid-import
 * is taken over once it is older than any import may take.
 */
@ApplicationScoped
public class ImportLockRepository {

    static final Duration STALE = Duration.ofMinutes(10);

    private final EntityManager em;
    private final Clock clock;

    public ImportLockRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Marks an import of the partnership as running, in a transaction of its own so that others
     * see it at once.
     *
     * @return when it started, which {@link #release} needs
     * @throws ProblemException {@code import-in-progress} while another import of it runs
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Instant acquire(UUID partnershipId, String by) {
        // Postgres keeps microseconds; the release compares the time it was given back.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        int taken = em.createNativeQuery("insert into import_lock (partnership_id, started_at, started_by) "
                        + "values (:p, :now, :by) on conflict (partnership_id) do update "
                        + "set started_at = excluded.started_at, started_by = excluded.started_by "
                        + "where import_lock.started_at < :stale")
                .setParameter("p", partnershipId)
                .setParameter("now", Timestamp.from(now))
                .setParameter("by", Text.cut(by, 200))
                .setParameter("stale", Timestamp.from(now.minus(STALE)))
                .executeUpdate();
        if (taken == 0) {
            throw new ProblemException(
                    ProblemKey.IMPORT_IN_PROGRESS,
                    "Another import of values into this partnership is running. Try again when it has finished.");
        }
        return now;
    }

    /**
     * Whether an import of the partnership is running now; a row older than any import may take is
     * left over, not running.
     */
    public boolean running(UUID partnershipId) {
        return !em.createNativeQuery("select 1 from import_lock where partnership_id = :p and started_at >= :stale")
                .setParameter("p", partnershipId)
                .setParameter("stale", Timestamp.from(clock.instant().minus(STALE)))
                .getResultList()
                .isEmpty();
    }

    /** Ends the import that started at {@code startedAt}, unless another has since taken over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(UUID partnershipId, Instant startedAt) {
        em.createNativeQuery("delete from import_lock where partnership_id = :p and started_at = :at")
                .setParameter("p", partnershipId)
                .setParameter("at", Timestamp.from(startedAt))
                .executeUpdate();
    }
}
