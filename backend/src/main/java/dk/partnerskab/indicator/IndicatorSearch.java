package dk.partnerskab.indicator;

import dk.partnerskab.common.search.SearchPart;
import dk.partnerskab.common.search.SearchRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** The indicators' share of the search: code, name, description and data source, one hit per indicator. */
@ApplicationScoped
public class IndicatorSearch {

    public static final String KIND = "INDICATOR";

    public SearchPart part(SearchRequest request) {
        return new SearchPart(
                request.row(KIND, "indicator i", "i", "i.name", "i.updated_at", " and i.deleted_at is null"));
    }
}
