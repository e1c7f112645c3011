package dk.partnerskab.goal;

import dk.partnerskab.common.search.SearchPart;
import dk.partnerskab.common.search.SearchRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** The goals' share of the search: title, description and success criterion, one hit per goal. */
@ApplicationScoped
public class GoalSearch {

    public static final String KIND = "GOAL";

    public SearchPart part(SearchRequest request) {
        return new SearchPart(request.row(KIND, "goal g", "g", "g.title", "g.updated_at", " and g.deleted_at is null"));
    }
}
