package dk.partnerskab.partnership.focusareas;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FocusAreaRepository implements PanacheRepositoryBase<FocusArea, UUID> {

    public Optional<FocusArea> findIn(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnershipId = ?2", id, partnershipId).firstResultOptional();
    }

    /** Deleted ones too, which the entity's restriction hides: native SQL over this feature's own table. */
    public List<dk.partnerskab.partnership.dto.FocusAreaRef> refsIncludingDeleted(java.util.Collection<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT id, number, title FROM focus_area WHERE id = any(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        return rows.stream()
                .map(r -> new dk.partnerskab.partnership.dto.FocusAreaRef(
                        (UUID) r[0], ((Number) r[1]).intValue(), (String) r[2]))
                .toList();
    }

    public List<FocusArea> livingOf(UUID partnershipId) {
        return list("partnershipId = ?1 order by number", partnershipId);
    }

    public int nextNumber(UUID partnershipId) {
        Integer max = getEntityManager()
                .createQuery("select max(f.number) from FocusArea f where f.partnershipId = :id", Integer.class)
                .setParameter("id", partnershipId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
