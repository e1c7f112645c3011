package dk.partnerskab.organisation;

import dk.partnerskab.common.paging.Like;
import dk.partnerskab.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    public Optional<Organisation> findByName(String name) {
        return find("lower(name) = lower(?1)", name.strip()).firstResultOptional();
    }

    public List<Organisation> page(String text, OrganisationKind kind, Boolean active, PageRequest page) {
        Parameters params = new Parameters();
        String where = where(text, kind, active, params);
        String order = "lower(o.name) " + (page.descending() ? "desc" : "asc") + ", o.id";
        return find("from Organisation o where " + where + " order by " + order, params)
                .page(Page.of(page.page(), page.size()))
                .list();
    }

    public long count(String text, OrganisationKind kind, Boolean active) {
        Parameters params = new Parameters();
        return count("from Organisation o where " + where(text, kind, active, params), params);
    }

    private static String where(String text, OrganisationKind kind, Boolean active, Parameters params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (text != null) {
            where.append(" and lower(o.name) like :text" + Like.ESCAPE);
            params.and("text", Like.containing(text));
        }
        if (kind != null) {
            where.append(" and o.kind = :kind");
            params.and("kind", kind);
        }
        if (active != null) {
            where.append(" and o.active = :active");
            params.and("active", active);
        }
        return where.toString();
    }
}
