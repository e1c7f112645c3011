package dk.partnerskab.meeting.minutes;

import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.meeting.dto.FollowUpPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own follow-up items across their partnerships. */
@Path("/me/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(
        name = "Decisions and follow-up items",
        description = "What the partnership decided, and what is to be done by whom.")
public class MyFollowUpsResource {

    private final FollowUpService followUps;

    public MyFollowUpsResource(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GET
    @Operation(
            summary = "My follow-up items",
            description = "Items I am responsible for, or my organisation is, in the partnerships "
                    + "I am a member of; earliest due date first, paged. Open ones unless a status is given.")
    @APIResponse(
            responseCode = "200",
            description = "One page of follow-up items.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FollowUpPage.class)))
    public FollowUpPage myFollowUps(
            @BeanParam PageParams paging,
            @Parameter(description = "OPEN (default) or DONE.", schema = @Schema(implementation = FollowUpStatus.class))
                    @QueryParam("status")
                    String status) {
        PageRequest pageRequest = paging.inOrder("dueDate");
        FollowUpStatus wanted = FollowUpResource.status(status);
        return followUps.mine(wanted == null ? FollowUpStatus.OPEN : wanted, pageRequest);
    }
}
