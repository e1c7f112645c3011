package dk.partnerskab.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IndicatorAreaRepository implements PanacheRepositoryBase<IndicatorArea, UUID> {

    /** The indicators' areas in their order. */
    public List<IndicatorArea> ofIndicators(List<UUID> indicatorIds) {
        return list("indicatorId in ?1 order by position, name", indicatorIds);
    }

    public boolean isAreaOf(UUID areaId, UUID indicatorId) {
        return !getEntityManager()
                .createQuery("select a.id from IndicatorArea a where a.id = :a and a.indicatorId = :i")
                .setParameter("a", areaId)
                .setParameter("i", indicatorId)
                .getResultList()
                .isEmpty();
    }
}
