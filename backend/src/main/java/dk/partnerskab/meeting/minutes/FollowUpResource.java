package dk.partnerskab.meeting.minutes;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.meeting.dto.FollowUpPage;
import dk.partnerskab.meeting.dto.FollowUpStatusInput;
import dk.partnerskab.meeting.dto.FollowUpView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A partnership's follow-up items; the responsible people close them. */
@Path("/partnerships/{partnershipId}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
@Tag(
        name = "Decisions and follow-up items",
        description = "What the partnership decided, and what is to be done by whom.")
public class FollowUpResource {

    private final FollowUpService followUps;

    public FollowUpResource(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GET
    @Operation(summary = "A partnership's follow-up items", description = "Earliest due date first, paged.")
    @APIResponse(
            responseCode = "200",
            description = "One page of follow-up items.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FollowUpPage.class)))
    public FollowUpPage listFollowUps(
            @PathParam("partnershipId") UUID partnershipId,
            @BeanParam PageParams paging,
            @Parameter(
                            description = "Only items with this status.",
                            schema = @Schema(implementation = FollowUpStatus.class))
                    @QueryParam("status")
                    String status) {
        PageRequest pageRequest = paging.inOrder("dueDate");
        return followUps.list(partnershipId, status(status), pageRequest);
    }

    @POST
    @Path("/{followUpId}/status")
    @Operation(
            summary = "Mark a follow-up item done or open",
            description = "The responsible person, members of the responsible "
                    + "organisation, the chair, secretariat and admins. Requires If-Match with the item's version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FollowUpView.class)))
    public Response setFollowUpStatus(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("followUpId") UUID followUpId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FollowUpStatusInput body) {
        FollowUpView view =
                followUps.setStatus(partnershipId, followUpId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    static FollowUpStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return FollowUpStatus.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(new Violation("status", "query", "must be OPEN or DONE")));
        }
    }
}
