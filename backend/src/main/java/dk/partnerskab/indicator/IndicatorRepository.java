package dk.partnerskab.indicator;

import dk.partnerskab.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    public Optional<Indicator> findIn(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnershipId = ?2", id, partnershipId).firstResultOptional();
    }

    public long countIn(UUID partnershipId) {
        return count("partnershipId = ?1", partnershipId);
    }

    /** A page of the partnership's indicators by code, ignoring case; {@link PageRequest#descending()} turns it. */
    public List<Indicator> pageIn(UUID partnershipId, PageRequest page) {
        return find(
                        "from Indicator i where i.partnershipId = ?1 order by lower(i.code) "
                                + (page.descending() ? "desc" : "asc") + ", i.id",
                        partnershipId)
                .page(page.page(), page.size())
                .list();
    }

    /** How many of {@code ids} are living indicators of the partnership. */
    public long countAmong(UUID partnershipId, Set<UUID> ids) {
        return count("partnershipId = ?1 and id in ?2", partnershipId, ids);
    }

    /** Those of {@code ids} that are living indicators, by code. */
    public List<Indicator> byCode(Collection<UUID> ids) {
        return list("id in ?1 order by code", Set.copyOf(ids));
    }

    /** The partnership's indicators whose code is {@code code}, ignoring case. */
    public List<UUID> idsWithCode(UUID partnershipId, String code) {
        return getEntityManager()
                .createQuery(
                        "select i.id from Indicator i where i.partnershipId = :p and lower(i.code) = :c", UUID.class)
                .setParameter("p", partnershipId)
                .setParameter("c", code.toLowerCase(Locale.ROOT))
                .getResultList();
    }
}
