package dk.partnerskab.activity;

import dk.partnerskab.common.search.SearchPart;
import dk.partnerskab.common.search.SearchRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** The activities' share of the search: their texts, one hit per activity. */
@ApplicationScoped
public class ActivitySearch {

    public static final String KIND = "ACTIVITY";

    public SearchPart part(SearchRequest request) {
        return new SearchPart(
                request.row(KIND, "activity a", "a", "a.title", "a.updated_at", " and a.deleted_at is null"));
    }
}
