package dk.partnerskab.partnership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FocusAreaRepository implements PanacheRepositoryBase<FocusArea, UUID> {

    public Optional<FocusArea> findIn(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnership.id = ?2", id, partnershipId).firstResultOptional();
    }

    public List<FocusArea> livingOf(UUID partnershipId) {
        return list("partnership.id = ?1 order by number", partnershipId);
    }

    public int nextNumber(UUID partnershipId) {
        Integer max = getEntityManager()
                .createQuery("select max(f.number) from FocusArea f where f.partnership.id = :id", Integer.class)
                .setParameter("id", partnershipId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** A deleted focus area's number, or empty when there is no deleted one with this id here. */
    public Optional<Integer> deletedNumber(UUID partnershipId, UUID id) {
        List<?> rows = getEntityManager().createNativeQuery(
                        "SELECT number FROM focus_area WHERE id = ?1 AND partnership_id = ?2 AND deleted_at IS NOT NULL")
                .setParameter(1, id).setParameter(2, partnershipId).getResultList();
        return rows.stream().findFirst().map(n -> ((Number) n).intValue());
    }

    public void undelete(UUID id, int number) {
        getEntityManager().createNativeQuery(
                        "UPDATE focus_area SET deleted_at = NULL, number = ?2, version = version + 1, updated_at = now() WHERE id = ?1")
                .setParameter(1, id).setParameter(2, number).executeUpdate();
    }
}
