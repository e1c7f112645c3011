package dk.partnerskab.partnership.parties;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SignatoryRepository implements PanacheRepositoryBase<Signatory, UUID> {

    public List<Signatory> ofParty(UUID partyId) {
        return list("party.id = ?1 order by position", partyId);
    }

    public Optional<Signatory> findIn(UUID partnershipId, UUID partyId, UUID id) {
        return find("id = ?1 and party.id = ?2 and party.partnershipId = ?3", id, partyId, partnershipId)
                .firstResultOptional();
    }
}
