package dk.partnerskab.meeting.attendance;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.meeting.dto.AttendanceList;
import dk.partnerskab.meeting.dto.AttendanceUpdate;
import dk.partnerskab.meeting.dto.AttendanceView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/meetings/{meetingId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Attendance", description = "Invitations, answers (attending or apologies) and presence at a meeting.")
public class AttendanceResource {

    private final AttendanceService service;

    public AttendanceResource(AttendanceService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Who is invited and what they answered")
    @APIResponse(
            responseCode = "200",
            description = "Everyone invited, by name.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttendanceList.class)))
    public AttendanceList listAttendance(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("meetingId") UUID meetingId) {
        return service.list(partnershipId, meetingId);
    }

    @POST
    @Path("/invite")
    @Operation(
            summary = "Invite the members",
            description = "Invites the partnership's current members who are not invited yet; "
                    + "publishing the agenda does this too.")
    @APIResponse(
            responseCode = "200",
            description = "Everyone invited afterwards.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttendanceList.class)))
    @APIResponse(
            responseCode = "409",
            description = "The meeting is held or cancelled (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AttendanceList inviteMembers(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("meetingId") UUID meetingId) {
        return service.invite(partnershipId, meetingId);
    }

    @PUT
    @Path("/{attendanceId}")
    @Operation(
            summary = "Answer an invitation or record presence",
            description = "Members answer for themselves (attending or "
                    + "apologies with an optional reason); chair, secretariat and admins may answer for anyone and record presence "
                    + "from the meeting's day. Requires If-Match with the invitation's version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttendanceView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Answers after the meeting, or presence before its day (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateAttendance(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("attendanceId") UUID attendanceId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AttendanceUpdate body) {
        AttendanceView view =
                service.update(partnershipId, meetingId, attendanceId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
