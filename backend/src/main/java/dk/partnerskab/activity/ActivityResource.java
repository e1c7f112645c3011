package dk.partnerskab.activity;

import dk.partnerskab.activity.dto.ActivityInput;
import dk.partnerskab.activity.dto.ActivityPage;
import dk.partnerskab.activity.dto.ActivityView;
import dk.partnerskab.common.files.StorageQuota;
import dk.partnerskab.common.http.Downloads;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.http.RateLimited;
import dk.partnerskab.common.http.RateLimits;
import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.common.validation.NoCprNumber;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
@Tag(
        name = "Activities",
        description = "What the partnership does (indsatser): safety walks, hotspot efforts, citizens' meetings, "
                + "campaigns; with the goals and indicators they serve.")
public class ActivityResource {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ActivityService activities;

    public ActivityResource(ActivityService activities) {
        this.activities = activities;
    }

    @GET
    @Operation(summary = "List a partnership's activities", description = "By track, then title.")
    @APIResponse(
            responseCode = "200",
            description = "One page.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActivityPage.class)))
    public ActivityPage listActivities(@PathParam("partnershipId") UUID partnershipId, @BeanParam PageParams paging) {
        return activities.list(partnershipId, paging.inOrder("title"));
    }

    @POST
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(summary = "Add an activity")
    @APIResponse(
            responseCode = "201",
            description = "Added.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActivityView.class)))
    public Response createActivity(
            @PathParam("partnershipId") UUID partnershipId, @Valid @NotNull ActivityInput body, UriInfo uri) {
        ActivityView view = activities.create(partnershipId, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @GET
    @Path("/{activityId}")
    @Operation(summary = "One activity")
    @APIResponse(
            responseCode = "200",
            description = "The activity.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActivityView.class)))
    public Response getActivity(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("activityId") UUID activityId) {
        ActivityView view = activities.get(partnershipId, activityId);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @PUT
    @Path("/{activityId}")
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(summary = "Change an activity", description = "Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActivityView.class)))
    public Response updateActivity(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("activityId") UUID activityId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActivityInput body) {
        ActivityView view = activities.update(partnershipId, activityId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("/{activityId}")
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(summary = "Delete an activity", description = "Softly. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteActivity(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("activityId") UUID activityId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        activities.delete(partnershipId, activityId, Preconditions.expectedVersion(ifMatch));
    }

    @RateLimited(RateLimits.Kind.UPLOAD)
    @PUT
    @Path("/{activityId}/report")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(
            summary = "Attach the activity's report",
            description =
                    "E.g. a safety walk's report: the file as the body "
                            + "(PDF or .docx, at most 10 MiB), its name in ?filename=; replaces an earlier one. Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "Attached.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(
            responseCode = "413",
            description = StorageQuota.UPLOAD_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(
            required = true,
            content = {
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response attachActivityReport(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("activityId") UUID activityId,
            @Parameter(description = "The file's name.", required = true) @QueryParam("filename") @NoCprNumber
                    String filename,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] body) {
        ActivityView view = activities.attachReport(
                partnershipId, activityId, Preconditions.expectedVersion(ifMatch), contentType, filename, body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @GET
    @Path("/{activityId}/report")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the activity's report")
    @APIResponse(
            responseCode = "200",
            description = "The report, with its own content type.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadActivityReport(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("activityId") UUID activityId) {
        ActivityService.Report report = activities.report(partnershipId, activityId);
        return Downloads.attachment(report.content(), report.contentType(), report.filename());
    }
}
