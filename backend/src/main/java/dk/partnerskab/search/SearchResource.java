package dk.partnerskab.search;

import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.search.dto.SearchPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Search", description = "Full-text search in Danish over the caller's partnerships.")
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(
            summary = "Search meetings, goals, indicators, activities, proposals, working groups and agreements",
            description = "Agendas, minutes, decisions, follow-up items, goals, indicators, activities, proposals, "
                    + "working groups, focus areas and the agreement's text (purposes, rules of procedure, …), one hit "
                    + "per thing however many of its fields match. Every word must be found in the same thing, "
                    + "inflected (\"vandringer\" finds \"vandring\") or as part of a word (\"indbr\" finds "
                    + "\"indbrud\", \"vandring\" finds \"tryghedsvandring\"), regardless of case. Only the caller's "
                    + "partnerships; agendas and minutes once they are published.")
    @APIResponse(
            responseCode = "200",
            description = "One page of hits.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "No word to search for, or bad paging (validation-failed).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "The partnership is not visible to the caller (not-found).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchPage search(
            @Parameter(
                            description = "The words; at least one of two letters or more.",
                            required = true,
                            example = "tryghedsvandring")
                    @QueryParam("q")
                    String q,
            @Parameter(description = "Only this partnership.") @QueryParam("partnership") UUID partnership,
            @BeanParam PageParams paging) {
        PageRequest pageRequest = paging.inOrder("rank");
        return search.search(q, partnership, pageRequest);
    }
}
