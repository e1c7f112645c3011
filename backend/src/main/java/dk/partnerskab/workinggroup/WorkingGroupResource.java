package dk.partnerskab.workinggroup;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.workinggroup.dto.WorkingGroupClosing;
import dk.partnerskab.workinggroup.dto.WorkingGroupInput;
import dk.partnerskab.workinggroup.dto.WorkingGroupPage;
import dk.partnerskab.workinggroup.dto.WorkingGroupView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/working-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
@Tag(
        name = "Working groups",
        description = "Groups the partnership sets up to work on a focus area, with a mandate and a deadline.")
public class WorkingGroupResource {

    private final WorkingGroupService groups;

    public WorkingGroupResource(WorkingGroupService groups) {
        this.groups = groups;
    }

    @GET
    @Operation(summary = "List a partnership's working groups", description = "Active first, then by name.")
    @APIResponse(
            responseCode = "200",
            description = "One page.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WorkingGroupPage.class)))
    public WorkingGroupPage listWorkingGroups(
            @PathParam("partnershipId") UUID partnershipId, @BeanParam PageParams paging) {
        return groups.list(partnershipId, paging.inOrder("name"));
    }

    @POST
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(
            summary = "Set up a working group",
            description = "Directly, or from a decision in the minutes (decisionId).")
    @APIResponse(
            responseCode = "201",
            description = "Set up.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WorkingGroupView.class)))
    public Response createWorkingGroup(
            @PathParam("partnershipId") UUID partnershipId, @Valid @NotNull WorkingGroupInput body, UriInfo uri) {
        WorkingGroupView view = groups.create(partnershipId, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @GET
    @Path("/{workingGroupId}")
    @Operation(summary = "One working group")
    @APIResponse(
            responseCode = "200",
            description = "The working group.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WorkingGroupView.class)))
    public Response getWorkingGroup(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("workingGroupId") UUID workingGroupId) {
        WorkingGroupView view = groups.get(partnershipId, workingGroupId);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @PUT
    @Path("/{workingGroupId}")
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(
            summary = "Change a working group",
            description = "Name, mandate, focus area, lead, deadline and members. Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WorkingGroupView.class)))
    public Response updateWorkingGroup(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("workingGroupId") UUID workingGroupId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WorkingGroupInput body) {
        WorkingGroupView view =
                groups.update(partnershipId, workingGroupId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @POST
    @Path("/{workingGroupId}/close")
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(summary = "Close a working group with its closing report", description = "Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "Closed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WorkingGroupView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Closed already (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response closeWorkingGroup(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("workingGroupId") UUID workingGroupId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WorkingGroupClosing body) {
        WorkingGroupView view =
                groups.close(partnershipId, workingGroupId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
