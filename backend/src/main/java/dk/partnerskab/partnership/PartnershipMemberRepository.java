package dk.partnerskab.partnership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnershipMemberRepository implements PanacheRepositoryBase<PartnershipMember, UUID> {

    public Optional<MemberRole> roleOf(UUID personId, UUID partnershipId) {
        return find("personId = ?1 and partnershipId = ?2", personId, partnershipId)
                .firstResultOptional().map(m -> m.role);
    }

    /** How many members other than {@code memberId} chair the partnership or run its secretariat. */
    public long otherStewards(UUID partnershipId, UUID memberId) {
        return count("partnershipId = ?1 and id <> ?2 and role in ?3", partnershipId, memberId,
                List.of(MemberRole.CHAIR, MemberRole.SECRETARIAT));
    }

    /** The person's role in each of the given partnerships, in one query. */
    public Map<UUID, MemberRole> rolesOf(UUID personId, Collection<UUID> partnershipIds) {
        Map<UUID, MemberRole> roles = new HashMap<>();
        if (!partnershipIds.isEmpty()) {
            list("personId = ?1 and partnershipId in ?2", personId, partnershipIds)
                    .forEach(m -> roles.put(m.partnershipId, m.role));
        }
        return roles;
    }

    /** Rows of (partnership id, partnership name, role) for one person, by name. */
    public List<Object[]> membershipsOf(UUID personId) {
        return getEntityManager().createQuery(
                        "select m.partnershipId, p.name, m.role from PartnershipMember m, Partnership p "
                                + "where p.id = m.partnershipId and m.personId = :person and m.deletedAt is null order by lower(p.name), p.id",
                        Object[].class)
                .setParameter("person", personId)
                .getResultList();
    }

    /** Rows of (member, person, organisation or null) for one page, by the person's name. */
    public List<Object[]> pageWithPeople(UUID partnershipId, dk.partnerskab.common.paging.PageRequest page) {
        return getEntityManager().createQuery(
                        "select m, p, o from PartnershipMember m join Person p on p.id = m.personId "
                                + "left join Organisation o on o.id = m.organisationId "
                                + "where m.partnershipId = :id order by lower(p.displayName), m.id", Object[].class)
                .setParameter("id", partnershipId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public Optional<UUID> removedPerson(UUID partnershipId, UUID memberId) {
        List<?> rows = getEntityManager().createNativeQuery(
                        "SELECT person_id FROM partnership_member WHERE id = ?1 AND partnership_id = ?2 AND deleted_at IS NOT NULL")
                .setParameter(1, memberId).setParameter(2, partnershipId).getResultList();
        return rows.stream().findFirst().map(UUID.class::cast);
    }

    public void undelete(UUID memberId) {
        getEntityManager().createNativeQuery(
                        "UPDATE partnership_member SET deleted_at = NULL, version = version + 1, updated_at = now() WHERE id = ?1")
                .setParameter(1, memberId).executeUpdate();
    }

    /**
     * The name of the organisation chairing on {@code day} when it is not the one this secretariat
     * member represents (and they do not keep the rights); null when the member may act.
     */
    public String secretariatHandedOver(UUID personId, UUID partnershipId, java.time.LocalDate day) {
        List<?> rows = getEntityManager().createNativeQuery(
                        "SELECT o.name FROM partnership_member m "
                                + "JOIN chair_period c ON c.partnership_id = m.partnership_id AND c.deleted_at IS NULL "
                                + "AND c.start_date <= ?3 AND c.end_date >= ?3 "
                                + "JOIN organisation o ON o.id = c.organisation_id "
                                + "WHERE m.person_id = ?1 AND m.partnership_id = ?2 AND m.deleted_at IS NULL "
                                + "AND m.organisation_id IS NOT NULL AND m.organisation_id <> c.organisation_id "
                                + "AND NOT m.keeps_secretariat_rights")
                .setParameter(1, personId).setParameter(2, partnershipId).setParameter(3, day)
                .getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }
}
