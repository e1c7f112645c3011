package dk.partnerskab.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Serialises the checks that span rows of a partnership (no overlapping terms, someone left to
 * run it): two requests checking at once would each see the other's change missing. The lock is
 * PostgreSQL's, so it holds across every instance of the API, and is let go when the transaction
 * ends.
 */
@ApplicationScoped
public class PartnershipLocks {

    private final EntityManager em;

    public PartnershipLocks(EntityManager em) {
        this.em = em;
    }

    /** Waits until no other transaction holds {@code topic} for the partnership, then holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(UUID partnershipId, String topic) {
        long key = UUID.nameUUIDFromBytes((topic + ":" + partnershipId).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
        em.createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", key)
                .getSingleResult();
    }
}
