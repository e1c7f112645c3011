package dk.partnerskab.activity;

import dk.partnerskab.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    public Optional<Activity> findIn(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnershipId = ?2", id, partnershipId).firstResultOptional();
    }

    public long countIn(UUID partnershipId) {
        return count("partnershipId = ?1", partnershipId);
    }

    /** A page of the partnership's activities by track (those without one last), then title. */
    public List<Activity> pageIn(UUID partnershipId, PageRequest page) {
        return find(
                        "from Activity a where a.partnershipId = ?1 order by a.track nulls last, lower(a.title), a.id",
                        partnershipId)
                .page(page.page(), page.size())
                .list();
    }

    /** The bytes the reports of the partnership's living activities take up. */
    public long reportBytesIn(UUID partnershipId) {
        return getEntityManager()
                .createQuery(
                        "select coalesce(sum(a.reportSize), 0L) from Activity a where a.partnershipId = ?1", Long.class)
                .setParameter(1, partnershipId)
                .getSingleResult();
    }

    /** The stored report's SHA-256 in hex, computed by the database so the content is not loaded. */
    public String reportSha256(UUID id) {
        return (String) getEntityManager()
                .createNativeQuery("select encode(sha256(report_content), 'hex') from activity where id = :id")
                .setParameter("id", id)
                .getSingleResult();
    }

    /** The report's content is not mapped on the entity, so that reading an activity does not load it. */
    public void storeReportContent(UUID id, byte[] content) {
        getEntityManager()
                .createNativeQuery("update activity set report_content = :c where id = :id")
                .setParameter("c", content)
                .setParameter("id", id)
                .executeUpdate();
    }

    public byte[] reportContent(UUID id) {
        return (byte[]) getEntityManager()
                .createNativeQuery("select report_content from activity where id = :id")
                .setParameter("id", id)
                .getSingleResult();
    }

    /** A link from an activity to a goal or an indicator. */
    public record Link(UUID activityId, UUID targetId) {}

    /** The activities' goal links, deleted goals included: the goal feature knows which are living. */
    public List<Link> goalLinks(Collection<UUID> activityIds) {
        return links("select activity_id, goal_id from activity_goal where activity_id = any(:ids)", activityIds);
    }

    /** The activities' indicator links, deleted indicators included: the indicator feature knows which are living. */
    public List<Link> indicatorLinks(Collection<UUID> activityIds) {
        return links(
                "select activity_id, indicator_id from activity_indicator where activity_id = any(:ids)", activityIds);
    }

    private List<Link> links(String sql, Collection<UUID> activityIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(sql)
                .setParameter("ids", activityIds.toArray(UUID[]::new))
                .getResultList();
        return rows.stream().map(r -> new Link((UUID) r[0], (UUID) r[1])).toList();
    }

    public void replaceGoals(UUID activityId, Collection<UUID> goalIds) {
        replaceLinks(activityId, goalIds, "goal_id", "activity_goal");
    }

    public void replaceIndicators(UUID activityId, Collection<UUID> indicatorIds) {
        replaceLinks(activityId, indicatorIds, "indicator_id", "activity_indicator");
    }

    private void replaceLinks(UUID activityId, Collection<UUID> targets, String column, String linkTable) {
        getEntityManager()
                .createNativeQuery("delete from " + linkTable + " where activity_id = :a")
                .setParameter("a", activityId)
                .executeUpdate();
        for (UUID target : targets) {
            getEntityManager()
                    .createNativeQuery("insert into " + linkTable + " (activity_id, " + column + ") values (:a, :t)")
                    .setParameter("a", activityId)
                    .setParameter("t", target)
                    .executeUpdate();
        }
    }
}
