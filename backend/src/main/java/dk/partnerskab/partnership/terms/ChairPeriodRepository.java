package dk.partnerskab.partnership.terms;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ChairPeriodRepository implements PanacheRepositoryBase<ChairPeriod, UUID> {

    public Optional<ChairPeriod> findIn(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnershipId = ?2", id, partnershipId).firstResultOptional();
    }

    /** Another of the partnership's chair periods that shares a day with {@code start}–{@code end}. */
    public Optional<ChairPeriod> overlapping(UUID partnershipId, UUID self, LocalDate start, LocalDate end) {
        return find(
                        "partnershipId = ?1 and id <> ?2 and startDate <= ?4 and endDate >= ?3",
                        partnershipId,
                        self,
                        start,
                        end)
                .firstResultOptional();
    }
}
