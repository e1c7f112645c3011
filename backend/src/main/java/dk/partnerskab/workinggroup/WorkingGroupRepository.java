package dk.partnerskab.workinggroup;

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
public class WorkingGroupRepository implements PanacheRepositoryBase<WorkingGroup, UUID> {

    public Optional<WorkingGroup> findIn(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnershipId = ?2", id, partnershipId).firstResultOptional();
    }

    /** @param hiddenDecisions groups set up by these decisions are left out */
    public long countIn(UUID partnershipId, Set<UUID> hiddenDecisions) {
        Parameters params = new Parameters();
        return count("from WorkingGroup w where " + where(partnershipId, hiddenDecisions, params), params);
    }

    /** A page of the groups that {@link #countIn} counts, by status and then name. */
    public List<WorkingGroup> pageIn(UUID partnershipId, Set<UUID> hiddenDecisions, PageRequest page) {
        Parameters params = new Parameters();
        return find(
                        "from WorkingGroup w where " + where(partnershipId, hiddenDecisions, params)
                                + " order by w.status, lower(w.name), w.id",
                        params)
                .page(page.page(), page.size())
                .list();
    }

    private static String where(UUID partnershipId, Set<UUID> hiddenDecisions, Parameters params) {
        params.and("p", partnershipId);
        if (hiddenDecisions.isEmpty()) {
            return "w.partnershipId = :p";
        }
        params.and("hidden", hiddenDecisions);
        return "w.partnershipId = :p and (w.decisionId is null or w.decisionId not in :hidden)";
    }

    public List<WorkingGroup> byIds(Set<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** The people who are members of the group. */
    public List<UUID> memberIds(UUID groupId) {
        @SuppressWarnings("unchecked")
        List<UUID> people = getEntityManager()
                .createNativeQuery("select person_id from working_group_member where working_group_id = :g")
                .setParameter("g", groupId)
                .getResultList();
        return people;
    }

    /** A person's membership of a group. */
    public record Member(UUID groupId, UUID personId) {}

    public List<Member> membersOf(Collection<UUID> groupIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "select working_group_id, person_id from working_group_member where working_group_id = any(:ids)")
                .setParameter("ids", groupIds.toArray(UUID[]::new))
                .getResultList();
        return rows.stream().map(r -> new Member((UUID) r[0], (UUID) r[1])).toList();
    }

    public void replaceMembers(UUID groupId, Collection<UUID> personIds) {
        getEntityManager()
                .createNativeQuery("delete from working_group_member where working_group_id = :g")
                .setParameter("g", groupId)
                .executeUpdate();
        for (UUID person : personIds) {
            getEntityManager()
                    .createNativeQuery("insert into working_group_member (working_group_id, person_id) values (:g, :p)")
                    .setParameter("g", groupId)
                    .setParameter("p", person)
                    .executeUpdate();
        }
    }
}
