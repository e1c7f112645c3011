package dk.partnerskab.proposal;

import dk.partnerskab.common.search.SearchPart;
import dk.partnerskab.common.search.SearchRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** The proposals' share of the search: title, description and the answer's reason, one hit per proposal. */
@ApplicationScoped
public class ProposalSearch {

    public static final String KIND = "PROPOSAL";

    public SearchPart part(SearchRequest request) {
        return new SearchPart(
                request.row(KIND, "proposal p", "p", "p.title", "p.proposed_at", " and p.deleted_at is null"));
    }
}
