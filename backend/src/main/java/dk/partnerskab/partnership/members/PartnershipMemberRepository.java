package dk.partnerskab.partnership.members;

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
        return findOf(personId, partnershipId).map(m -> m.role);
    }

    /** How many members other than {@code memberId} chair the partnership or run its secretariat. */
    public long otherStewards(UUID partnershipId, UUID memberId) {
        return count(
                "partnershipId = ?1 and id <> ?2 and role in ?3",
                partnershipId,
                memberId,
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

    /** One person's memberships, by the partnership's name. */
    public List<dk.partnerskab.partnership.dto.MembershipView> membershipsOf(UUID personId) {
        return getEntityManager()
                .createQuery(
                        "select new dk.partnerskab.partnership.dto.MembershipView(m.partnershipId, p.name, m.role) "
                                + "from PartnershipMember m, Partnership p "
                                + "where p.id = m.partnershipId and m.personId = :person and m.deletedAt is null order by lower(p.name), p.id",
                        dk.partnerskab.partnership.dto.MembershipView.class)
                .setParameter("person", personId)
                .getResultList();
    }

    /** The people who are members of the partnership. */
    public List<UUID> personIdsOf(UUID partnershipId) {
        return getEntityManager()
                .createQuery("select m.personId from PartnershipMember m where m.partnershipId = :p", UUID.class)
                .setParameter("p", partnershipId)
                .getResultList();
    }

    /** The memberships of these people in the partnership. */
    public List<PartnershipMember> ofPeople(UUID partnershipId, java.util.Collection<UUID> personIds) {
        return personIds.isEmpty()
                ? List.of()
                : list("partnershipId = ?1 and personId in ?2", partnershipId, personIds);
    }

    /** The organisation chairing the partnership on {@code day}, if a chair period covers it. */
    public Optional<UUID> chairingOrganisation(UUID partnershipId, java.time.LocalDate day) {
        return getEntityManager()
                .createQuery(
                        "select c.organisationId from ChairPeriod c where c.partnershipId = :p "
                                + "and c.startDate <= :day and c.endDate >= :day order by c.startDate desc",
                        UUID.class)
                .setParameter("p", partnershipId)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<PartnershipMember> findOf(UUID personId, UUID partnershipId) {
        return find("personId = ?1 and partnershipId = ?2", personId, partnershipId)
                .firstResultOptional();
    }
}
