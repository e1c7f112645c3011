package dk.partnerskab.partnership.terms;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TermRepository implements PanacheRepositoryBase<Term, UUID> {

    public Optional<Term> findIn(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnershipId = ?2", id, partnershipId).firstResultOptional();
    }

    /** Another of the partnership's terms that shares a day with {@code start}–{@code end}. */
    public Optional<Term> overlapping(UUID partnershipId, UUID self, LocalDate start, LocalDate end) {
        return find(
                        "partnershipId = ?1 and id <> ?2 and startDate <= ?4 and endDate >= ?3",
                        partnershipId,
                        self,
                        start,
                        end)
                .firstResultOptional();
    }
}
