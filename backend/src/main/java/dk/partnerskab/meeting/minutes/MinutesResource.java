package dk.partnerskab.meeting.minutes;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.meeting.dto.AgendaItemView;
import dk.partnerskab.meeting.dto.CommentInput;
import dk.partnerskab.meeting.dto.CommentView;
import dk.partnerskab.meeting.dto.DecisionInput;
import dk.partnerskab.meeting.dto.DecisionView;
import dk.partnerskab.meeting.dto.FollowUpInput;
import dk.partnerskab.meeting.dto.FollowUpView;
import dk.partnerskab.meeting.dto.MeetingView;
import dk.partnerskab.meeting.dto.MinutesApproval;
import dk.partnerskab.meeting.dto.MinutesCorrection;
import dk.partnerskab.meeting.dto.MinutesInput;
import dk.partnerskab.meeting.dto.MinutesSending;
import dk.partnerskab.meeting.dto.MinutesVersionSummary;
import dk.partnerskab.meeting.dto.MinutesVersionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A meeting's minutes: text per agenda item, decisions and follow-up items while they are a draft,
 * then comments, approval and publishing.
 */
@Path("/partnerships/{partnershipId}/meetings/{meetingId}/minutes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(
        name = "Minutes",
        description = "Minutes per agenda item with decisions and follow-up items; members comment while "
                + "they are out for comments; the chair, secretariat and admins write, send, approve and publish them.")
public class MinutesResource {

    private static final String STATE =
            "Not allowed in the meeting's or the minutes' current state (invalid-state-transition).";

    private final MinutesService minutes;
    private final DecisionService decisions;
    private final FollowUpService followUps;
    private final MinutesVersions versions;

    public MinutesResource(
            MinutesService minutes, DecisionService decisions, FollowUpService followUps, MinutesVersions versions) {
        this.minutes = minutes;
        this.decisions = decisions;
        this.followUps = followUps;
        this.versions = versions;
    }

    @PUT
    @Path("/items/{itemId}")
    @Operation(
            summary = "Write an agenda item's minutes",
            description = "From the meeting's day while the minutes are a draft. "
                    + "Requires If-Match with the item's version; the answer's ETag is its new version.")
    @APIResponse(
            responseCode = "200",
            description = "Saved.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgendaItemView.class)))
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response writeMinutes(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("itemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MinutesInput body) {
        AgendaItemView view =
                minutes.write(partnershipId, meetingId, itemId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @POST
    @Path("/send")
    @Operation(
            summary = "Send the minutes for comments",
            description = "Requires If-Match with the meeting's version; the meeting must be held.")
    @APIResponse(
            responseCode = "200",
            description = "Sent.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sendMinutes(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MinutesSending body) {
        return withEtag(minutes.send(partnershipId, meetingId, Preconditions.expectedVersion(ifMatch), body));
    }

    @POST
    @Path("/approve")
    @Operation(
            summary = "Approve the minutes",
            description = "Minutes out for comments, or a draft taken back from them (/revise): after the comment "
                    + "deadline, or earlier when approved at a meeting. Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "Approved.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approveMinutes(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid MinutesApproval body) {
        return withEtag(minutes.approve(partnershipId, meetingId, Preconditions.expectedVersion(ifMatch), body));
    }

    @POST
    @Path("/revise")
    @Operation(
            summary = "Take the minutes back from comments to work the comments in",
            description = "The minutes become a draft again, to be written further, then sent for comments again or "
                    + "approved on the comment round's terms (after its deadline, or at a meeting). The comments "
                    + "stay; members comment again once the minutes are sent again. Requires If-Match with the "
                    + "meeting's version.")
    @APIResponse(
            responseCode = "200",
            description = "A draft again.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reviseMinutes(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(minutes.revise(partnershipId, meetingId, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/publish")
    @Operation(
            summary = "Publish the approved minutes, or a correction",
            description = "Published minutes do not change; each "
                    + "publication is kept as a version. A correction (a draft reopened from published minutes) is published without "
                    + "a new approval. Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "Published.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publishMinutes(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(minutes.publish(partnershipId, meetingId, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/correction")
    @Operation(
            summary = "Correct published minutes",
            description =
                    "Reopens them as a draft with the reason for the correction; "
                            + "the published version stays on record, and publishing the correction makes the next version. Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "Reopened for correction.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correctMinutes(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MinutesCorrection body) {
        return withEtag(minutes.correct(partnershipId, meetingId, Preconditions.expectedVersion(ifMatch), body));
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(
            summary = "The published versions of the minutes",
            description = "Oldest first; more than one after corrections.")
    @APIResponse(
            responseCode = "200",
            description = "The versions.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = MinutesVersionSummary.class)))
    public List<MinutesVersionSummary> listMinutesVersions(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("meetingId") UUID meetingId) {
        return versions.list(partnershipId, meetingId);
    }

    @GET
    @Path("/versions/{number}")
    @RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(
            summary = "One published version of the minutes",
            description = "As published, with what changed against the " + "version before.")
    @APIResponse(
            responseCode = "200",
            description = "The version.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MinutesVersionView.class)))
    public MinutesVersionView getMinutesVersion(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("number") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String number) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1) {
            throw ProblemException.invalid(List.of(new Violation("number", "path", "must be a whole number from 1")));
        }
        return versions.get(partnershipId, meetingId, n);
    }

    @GET
    @Path("/comments")
    @Operation(summary = "The members' comments on the draft minutes", description = "Oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "The comments.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = CommentView.class)))
    public List<CommentView> listMinutesComments(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("meetingId") UUID meetingId) {
        return minutes.comments(partnershipId, meetingId);
    }

    @POST
    @Path("/comments")
    @Operation(
            summary = "Comment on an item's draft minutes",
            description = "Members, while the minutes are out for comments.")
    @APIResponse(
            responseCode = "201",
            description = "Added.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommentView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Outside the comment period (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addMinutesComment(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull CommentInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(minutes.comment(partnershipId, meetingId, body))
                .build();
    }

    @PUT
    @Path("/comments/{commentId}/handled")
    @Operation(
            summary = "Mark a comment handled",
            description = "While the minutes are out for comments or taken back to work them in. Marking a "
                    + "handled comment again changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Handled.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommentView.class)))
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CommentView markMinutesCommentHandled(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("commentId") UUID commentId) {
        return minutes.markHandled(partnershipId, meetingId, commentId, true);
    }

    @DELETE
    @Path("/comments/{commentId}/handled")
    @Operation(
            summary = "Mark a comment not handled",
            description = "Undoes marking it handled, under the same conditions.")
    @APIResponse(
            responseCode = "200",
            description = "Not handled.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommentView.class)))
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CommentView unmarkMinutesCommentHandled(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("commentId") UUID commentId) {
        return minutes.markHandled(partnershipId, meetingId, commentId, false);
    }

    @POST
    @Path("/decisions")
    @Operation(
            summary = "Record a decision",
            description = "Under one of the meeting's agenda items, while the minutes are a draft.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addDecision(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull DecisionInput body) {
        DecisionView view = decisions.add(partnershipId, meetingId, body);
        return Response.status(Response.Status.CREATED)
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @PUT
    @Path("/decisions/{decisionId}")
    @Operation(summary = "Change a decision", description = "Requires If-Match with the decision's version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateDecision(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("decisionId") UUID decisionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DecisionInput body) {
        DecisionView view =
                decisions.update(partnershipId, meetingId, decisionId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("/decisions/{decisionId}")
    @Operation(summary = "Delete a decision", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deleteDecision(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("decisionId") UUID decisionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        decisions.delete(partnershipId, meetingId, decisionId, Preconditions.expectedVersion(ifMatch));
    }

    @POST
    @Path("/follow-ups")
    @Operation(
            summary = "Record a follow-up item",
            description = "Under one of the meeting's agenda items, while the minutes are a draft.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addFollowUp(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull FollowUpInput body) {
        FollowUpView view = followUps.add(partnershipId, meetingId, body);
        return Response.status(Response.Status.CREATED)
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @PUT
    @Path("/follow-ups/{followUpId}")
    @Operation(summary = "Change a follow-up item", description = "Requires If-Match with the item's version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateFollowUp(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("followUpId") UUID followUpId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FollowUpInput body) {
        FollowUpView view =
                followUps.update(partnershipId, meetingId, followUpId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("/follow-ups/{followUpId}")
    @Operation(summary = "Delete a follow-up item", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(
            responseCode = "409",
            description = STATE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deleteFollowUp(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("followUpId") UUID followUpId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        followUps.delete(partnershipId, meetingId, followUpId, Preconditions.expectedVersion(ifMatch));
    }

    private static Response withEtag(MeetingView view) {
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
