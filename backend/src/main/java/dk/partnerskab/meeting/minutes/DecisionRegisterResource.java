package dk.partnerskab.meeting.minutes;

import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.meeting.dto.DecisionPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The partnership's decisions register. */
@Path("/partnerships/{partnershipId}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
@Tag(
        name = "Decisions and follow-up items",
        description = "What the partnership decided, and what is to be done by whom.")
public class DecisionRegisterResource {

    private static final int MAX_TEXT_FILTER = 200;

    private final DecisionService decisions;

    public DecisionRegisterResource(DecisionService decisions) {
        this.decisions = decisions;
    }

    @GET
    @Operation(
            summary = "The decisions register",
            description = "Every decision of the partnership, newest meeting first, paged.")
    @APIResponse(
            responseCode = "200",
            description = "One page of decisions.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DecisionPage.class)))
    public DecisionPage listDecisions(
            @PathParam("partnershipId") UUID partnershipId,
            @BeanParam PageParams paging,
            @Parameter(
                            description = "Case-insensitive part of the decision's text.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT_FILTER))
                    @QueryParam("q")
                    String q) {
        PageRequest pageRequest = paging.inOrder("meeting");
        return decisions.register(partnershipId, text(q), pageRequest);
    }

    private static String text(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_TEXT_FILTER) {
            throw ProblemException.invalid(
                    List.of(new Violation("q", "query", "must be at most " + MAX_TEXT_FILTER + " characters")));
        }
        return raw.trim();
    }
}
