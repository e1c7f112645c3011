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
                                + "where p.id = m.partnershipId and m.personId = :person order by lower(p.name), p.id",
                        Object[].class)
                .setParameter("person", personId)
                .getResultList();
    }
}
