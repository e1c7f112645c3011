package dk.partnerskab.meeting;

import dk.partnerskab.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

    private static final String ORDER = " order by f.dueDate asc nulls last, f.createdAt, f.id";

    /**
     * Where the person is responsible, or their organisation in that partnership is, in the
     * partnerships they are a member of.
     */
    private static final String MINE = "exists (select 1 from PartnershipMember m "
            + "where m.partnershipId = f.partnershipId and m.personId = :person "
            + "and (f.responsiblePersonId = :person or f.responsibleOrganisationId = m.organisationId))";

    public List<FollowUp> ofMeeting(UUID meetingId) {
        return list("meetingId = ?1 order by createdAt, id", meetingId);
    }

    public Optional<FollowUp> findIn(UUID partnershipId, UUID id) {
        return find("partnershipId = ?1 and id = ?2", partnershipId, id).firstResultOptional();
    }

    public List<FollowUp> ofPartnership(UUID partnershipId, FollowUpStatus status, PageRequest page) {
        Parameters params = Parameters.with("partnership", partnershipId);
        return find("from FollowUp f where f.partnershipId = :partnership" + status(status, params) + ORDER, params)
                .page(page.page(), page.size()).list();
    }

    public long countOfPartnership(UUID partnershipId, FollowUpStatus status) {
        Parameters params = Parameters.with("partnership", partnershipId);
        return count("from FollowUp f where f.partnershipId = :partnership" + status(status, params), params);
    }

    public List<FollowUp> mine(UUID personId, FollowUpStatus status, PageRequest page) {
        Parameters params = Parameters.with("person", personId);
        return find("from FollowUp f where " + MINE + status(status, params) + ORDER, params).page(page.page(), page.size()).list();
    }

    public long countMine(UUID personId, FollowUpStatus status) {
        Parameters params = Parameters.with("person", personId);
        return count("from FollowUp f where " + MINE + status(status, params), params);
    }

    private static String status(FollowUpStatus status, Parameters params) {
        if (status == null) {
            return "";
        }
        params.and("status", status);
        return " and f.status = :status";
    }
}
