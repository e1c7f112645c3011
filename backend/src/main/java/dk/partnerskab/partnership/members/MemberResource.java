package dk.partnerskab.partnership.members;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.partnership.dto.MemberInput;
import dk.partnerskab.partnership.dto.MemberPage;
import dk.partnerskab.partnership.dto.MemberUpdate;
import dk.partnerskab.partnership.dto.MemberView;
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

@Path("/partnerships/{partnershipId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Members", description = "Who is a member of a partnership and with which role.")
public class MemberResource {

    private final MemberService service;

    public MemberResource(MemberService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List the members",
            description = "Every member of the partnership may read the list. Paged, by name.")
    @APIResponse(
            responseCode = "200",
            description = "One page of members.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemberPage.class)))
    public MemberPage listMembers(@PathParam("partnershipId") UUID partnershipId, @BeanParam PageParams paging) {
        return service.list(partnershipId, paging.inOrder("name"));
    }

    @POST
    @Operation(
            summary = "Add a member",
            description = "By e-mail; a person who never logged in is invited and gets access at "
                    + "their first login with that e-mail. Chair, secretariat and admins only.")
    @APIResponse(
            responseCode = "201",
            description = "Added.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemberView.class)))
    public Response addMember(
            @PathParam("partnershipId") UUID partnershipId, @Valid @NotNull MemberInput body, UriInfo uri) {
        MemberView view = service.add(partnershipId, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @PUT
    @Path("/{memberId}")
    @Operation(
            summary = "Change a member's role or organisation",
            description = "Requires If-Match with the membership's version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemberView.class)))
    @APIResponse(
            responseCode = "409",
            description = "It is the last chair or secretariat member (last-steward).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateMember(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MemberUpdate body) {
        MemberView view = service.update(partnershipId, memberId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("/{memberId}")
    @Operation(
            summary = "Remove a member",
            description = "Requires If-Match. The membership can be restored afterwards.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(
            responseCode = "409",
            description = "It is the last chair or secretariat member (last-steward).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void removeMember(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(partnershipId, memberId, Preconditions.expectedVersion(ifMatch));
    }

    @POST
    @Path("/{memberId}/restore")
    @Operation(summary = "Restore a removed member")
    @APIResponse(
            responseCode = "200",
            description = "Restored.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemberView.class)))
    public MemberView restoreMember(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("memberId") UUID memberId) {
        return service.restore(partnershipId, memberId);
    }
}
