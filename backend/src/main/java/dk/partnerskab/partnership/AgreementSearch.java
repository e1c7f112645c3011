package dk.partnerskab.partnership;

import dk.partnerskab.common.search.SearchPart;
import dk.partnerskab.common.search.SearchRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The agreement's share of the search: its text (description, purposes, rules of procedure and
 * economy) as one hit per partnership, and each focus area as one hit.
 */
@ApplicationScoped
public class AgreementSearch {

    public static final String AGREEMENT = "AGREEMENT";
    public static final String FOCUS_AREA = "FOCUS_AREA";

    public SearchPart part(SearchRequest request) {
        // The purposes are rows of their own; a partnership is one hit whether its own text or a
        // purpose matches, and the purposes lead its text as they lead the agreement.
        String agreement = "select '" + AGREEMENT + "' as kind, p.id, p.id as partnership_id, p.name as title, "
                + "concat_ws(' ', (select string_agg(pp.text, ' ' order by pp.position) from partnership_purpose pp "
                + "where pp.partnership_id = p.id), p.search_text) as body, "
                + "ts_rank(p.search_tsv, q.query) as rank, p.updated_at as at, "
                + "cast(null as uuid) as meeting_id, cast(null as text) as meeting_title, cast(null as uuid) as item_id "
                + "from partnership p cross join q where p.deleted_at is null" + request.visible("p.id") + " and ("
                + request.matches("p.search_tsv", "p.search_text")
                + " or p.id in (select pp.partnership_id from partnership_purpose pp cross join q where "
                + request.matches("pp.search_tsv", "pp.text") + "))";
        String focusAreas = request.row(
                FOCUS_AREA,
                "focus_area f",
                "f",
                "f.number || '. ' || f.title",
                "f.updated_at",
                " and f.deleted_at is null");
        return new SearchPart(agreement + " union all " + focusAreas);
    }
}
