package dk.partnerskab.goal;

import dk.partnerskab.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<Goal, UUID> {

    public Optional<Goal> findIn(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnershipId = ?2", id, partnershipId).firstResultOptional();
    }

    /**
     * @param workingGroupId only this working group's goals, or null for all
     * @param status only goals with this status, or null for all
     */
    public long countIn(UUID partnershipId, UUID workingGroupId, GoalStatus status) {
        Parameters params = new Parameters();
        return count("from Goal g where " + where(partnershipId, workingGroupId, status, params), params);
    }

    /** A page of the goals that {@link #countIn} counts, by status and then title. */
    public List<Goal> pageIn(UUID partnershipId, UUID workingGroupId, GoalStatus status, PageRequest page) {
        Parameters params = new Parameters();
        return find(
                        "from Goal g where " + where(partnershipId, workingGroupId, status, params)
                                + " order by g.status, lower(g.title), g.id",
                        params)
                .page(page.page(), page.size())
                .list();
    }

    private static String where(UUID partnershipId, UUID workingGroupId, GoalStatus status, Parameters params) {
        StringBuilder where = new StringBuilder("g.partnershipId = :p");
        params.and("p", partnershipId);
        if (workingGroupId != null) {
            where.append(" and g.workingGroupId = :w");
            params.and("w", workingGroupId);
        }
        if (status != null) {
            where.append(" and g.status = :s");
            params.and("s", status);
        }
        return where.toString();
    }

    /** How many of {@code ids} are living goals of the partnership. */
    public long countAmong(UUID partnershipId, Set<UUID> ids) {
        return count("partnershipId = ?1 and id in ?2", partnershipId, ids);
    }

    /** Those of {@code ids} that are living goals, by title. */
    public List<Goal> byTitle(Collection<UUID> ids) {
        return list("id in ?1 order by title", Set.copyOf(ids));
    }

    /** A goal's link to one of its indicators. */
    public record IndicatorLink(UUID goalId, UUID indicatorId) {}

    /** The goals' indicator links, deleted indicators included: the indicator feature knows which are living. */
    public List<IndicatorLink> indicatorLinks(Collection<UUID> goalIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select goal_id, indicator_id from goal_indicator where goal_id = any(:ids)")
                .setParameter("ids", goalIds.toArray(UUID[]::new))
                .getResultList();
        return rows.stream()
                .map(r -> new IndicatorLink((UUID) r[0], (UUID) r[1]))
                .toList();
    }

    public void replaceIndicators(UUID goalId, Collection<UUID> indicatorIds) {
        getEntityManager()
                .createNativeQuery("delete from goal_indicator where goal_id = :g")
                .setParameter("g", goalId)
                .executeUpdate();
        for (UUID indicator : indicatorIds) {
            getEntityManager()
                    .createNativeQuery("insert into goal_indicator (goal_id, indicator_id) values (:g, :i)")
                    .setParameter("g", goalId)
                    .setParameter("i", indicator)
                    .executeUpdate();
        }
    }
}
