package dk.partnerskab.partnership;

import dk.partnerskab.common.paging.Like;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.partnership.focusareas.FocusArea;
import dk.partnerskab.partnership.parties.Party;
import dk.partnerskab.partnership.parties.Signatory;
import dk.partnerskab.partnership.terms.ChairPeriod;
import dk.partnerskab.partnership.terms.Term;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {

    /** Sort keys the list accepts, mapped to their ORDER BY; the id breaks ties so pages are stable. */
    static final Map<String, String> SORTS = Map.of(
            "name", "lower(p.name) %1$s, p.id %1$s",
            "createdAt", "p.createdAt %1$s, p.id %1$s");

    /**
     * One page of partnerships matching the filter.
     *
     * @param visible the partnerships the caller may see
     */
    public List<Partnership> page(
            PartnershipFilter filter, PartnershipAccess.VisiblePartnerships visible, PageRequest page) {
        Parameters params = new Parameters();
        String where = where(filter, visible, params);
        String order = SORTS.get(page.sortField()).formatted(page.descending() ? "desc" : "asc");
        return find("from Partnership p where " + where + " order by " + order, params)
                .page(Page.of(page.page(), page.size()))
                .list();
    }

    public long count(PartnershipFilter filter, PartnershipAccess.VisiblePartnerships visible) {
        Parameters params = new Parameters();
        return count("from Partnership p where " + where(filter, visible, params), params);
    }

    private static String where(
            PartnershipFilter filter, PartnershipAccess.VisiblePartnerships visible, Parameters params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (!visible.all()) {
            // An empty IN list is not valid JPQL; nobody's id is the nil UUID.
            where.append(" and p.id in :visible");
            params.and("visible", visible.ids().isEmpty() ? List.of(new UUID(0, 0)) : visible.ids());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            params.and("status", filter.status());
        }
        if (filter.text() != null) {
            where.append(" and lower(p.name) like :text" + Like.ESCAPE);
            params.and("text", Like.containing(filter.text()));
        }
        if (filter.organisationId() != null) {
            where.append(
                    " and exists (select 1 from Party pa where pa.partnershipId = p.id and pa.organisationId = :organisation and pa.deletedAt is null)");
            params.and("organisation", filter.organisationId());
        }
        return where.toString();
    }

    public boolean exists(UUID id) {
        return count("id", id) > 0;
    }

    public List<Term> termsOf(Collection<UUID> partnershipIds) {
        return getEntityManager()
                .createQuery(
                        "select t from Term t where t.partnershipId in :ids order by t.startDate, t.id", Term.class)
                .setParameter("ids", partnershipIds)
                .getResultList();
    }

    public List<Party> partiesOf(Collection<UUID> partnershipIds) {
        return getEntityManager()
                .createQuery(
                        "select p from Party p where p.partnershipId in :ids order by p.position, p.id", Party.class)
                .setParameter("ids", partnershipIds)
                .getResultList();
    }

    public List<Signatory> signatoriesOf(UUID partnershipId) {
        return getEntityManager()
                .createQuery(
                        "select s from Signatory s where s.party.partnershipId = :id order by s.position, s.id",
                        Signatory.class)
                .setParameter("id", partnershipId)
                .getResultList();
    }

    public List<ChairPeriod> chairPeriodsOf(UUID partnershipId) {
        return getEntityManager()
                .createQuery(
                        "select c from ChairPeriod c where c.partnershipId = :id order by c.startDate, c.id",
                        ChairPeriod.class)
                .setParameter("id", partnershipId)
                .getResultList();
    }

    public List<FocusArea> focusAreasOf(UUID partnershipId) {
        return getEntityManager()
                .createQuery("select f from FocusArea f where f.partnershipId = :id order by f.number", FocusArea.class)
                .setParameter("id", partnershipId)
                .getResultList();
    }

    public List<Milestone> milestonesOf(UUID partnershipId) {
        return getEntityManager()
                .createQuery(
                        "select m from Milestone m where m.partnership.id = :id order by m.occursOn, m.id",
                        Milestone.class)
                .setParameter("id", partnershipId)
                .getResultList();
    }
}
