package dk.partnerskab.partnership.parties;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartyRepository implements PanacheRepositoryBase<Party, UUID> {

    public Optional<Party> findIn(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnershipId = ?2", id, partnershipId).firstResultOptional();
    }

    public boolean isParty(UUID partnershipId, UUID organisationId) {
        return count("partnershipId = ?1 and organisationId = ?2", partnershipId, organisationId) > 0;
    }
}
