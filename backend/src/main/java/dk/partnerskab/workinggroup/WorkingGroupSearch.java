package dk.partnerskab.workinggroup;

import dk.partnerskab.common.search.SearchPart;
import dk.partnerskab.common.search.SearchRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** The working groups' share of the search: name, mandate and closing report, one hit per group. */
@ApplicationScoped
public class WorkingGroupSearch {

    public static final String KIND = "WORKING_GROUP";

    public SearchPart part(SearchRequest request) {
        return new SearchPart(
                request.row(KIND, "working_group w", "w", "w.name", "w.updated_at", " and w.deleted_at is null"));
    }
}
