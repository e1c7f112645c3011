package dk.partnerskab.proposal;

import dk.partnerskab.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProposalRepository implements PanacheRepositoryBase<Proposal, UUID> {

    public Optional<Proposal> findIn(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnershipId = ?2", id, partnershipId).firstResultOptional();
    }

    public long countIn(UUID partnershipId) {
        return count("partnershipId = ?1", partnershipId);
    }

    /** A page of the partnership's proposals, newest first. */
    public List<Proposal> pageIn(UUID partnershipId, PageRequest page) {
        return find("partnershipId = ?1 order by proposedAt desc, id", partnershipId)
                .page(page.page(), page.size())
                .list();
    }
}
