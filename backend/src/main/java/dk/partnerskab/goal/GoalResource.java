package dk.partnerskab.goal;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.goal.dto.GoalInput;
import dk.partnerskab.goal.dto.GoalPage;
import dk.partnerskab.goal.dto.GoalView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
@Tag(
        name = "Goals",
        description =
                "Goals with success criteria under focus areas and working groups, with the status of their indicators.")
public class GoalResource {

    private final GoalService goals;

    public GoalResource(GoalService goals) {
        this.goals = goals;
    }

    @GET
    @Operation(
            summary = "List a partnership's goals",
            description = "Active first, then by title; each with its indicators' status.")
    @APIResponse(
            responseCode = "200",
            description = "One page.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalPage.class)))
    public GoalPage listGoals(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = "Only this working group's goals.") @QueryParam("workingGroup") UUID workingGroup,
            @BeanParam PageParams paging) {
        return goals.list(partnershipId, workingGroup, paging.inOrder("title"));
    }

    @POST
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(summary = "Set a goal")
    @APIResponse(
            responseCode = "201",
            description = "Set.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    public Response createGoal(
            @PathParam("partnershipId") UUID partnershipId, @Valid @NotNull GoalInput body, UriInfo uri) {
        GoalView view = goals.create(partnershipId, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @GET
    @Path("/{goalId}")
    @Operation(summary = "One goal")
    @APIResponse(
            responseCode = "200",
            description = "The goal.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    public Response getGoal(@PathParam("partnershipId") UUID partnershipId, @PathParam("goalId") UUID goalId) {
        GoalView view = goals.get(partnershipId, goalId);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @PUT
    @Path("/{goalId}")
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(summary = "Change a goal", description = "Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    public Response updateGoal(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull GoalInput body) {
        GoalView view = goals.update(partnershipId, goalId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("/{goalId}")
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(summary = "Delete a goal", description = "Softly. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteGoal(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        goals.delete(partnershipId, goalId, Preconditions.expectedVersion(ifMatch));
    }
}
