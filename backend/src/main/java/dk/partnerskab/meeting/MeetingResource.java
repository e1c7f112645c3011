package dk.partnerskab.meeting;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.meeting.dto.MeetingCancellation;
import dk.partnerskab.meeting.dto.MeetingInput;
import dk.partnerskab.meeting.dto.MeetingPage;
import dk.partnerskab.meeting.dto.MeetingSeriesInput;
import dk.partnerskab.meeting.dto.MeetingSummary;
import dk.partnerskab.meeting.dto.MeetingView;
import dk.partnerskab.meeting.dto.MeetingYear;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
@Tag(
        name = "Meetings",
        description = "A partnership's meetings; members read them, chair, secretariat and admins plan them.")
public class MeetingResource {

    private final MeetingService service;
    private final Clock clock;

    public MeetingResource(MeetingService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GET
    @Operation(
            summary = "List a partnership's meetings",
            description = "By start time, paged; from and to are dates in Europe/Copenhagen, both included.")
    @APIResponse(
            responseCode = "200",
            description = "One page of meetings.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingPage.class)))
    public MeetingPage listMeetings(
            @PathParam("partnershipId") UUID partnershipId,
            @BeanParam PageParams paging,
            @Parameter(
                            description = "Sort key, '-' prefix for descending.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"startsAt", "-startsAt"},
                                            defaultValue = "startsAt"))
                    @QueryParam("sort")
                    String sort,
            @Parameter(
                            description = "Only meetings on or after this day.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    LocalDate from,
            @Parameter(
                            description = "Only meetings on or before this day.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    LocalDate to,
            @Parameter(
                            description = "Only meetings with this status.",
                            schema = @Schema(implementation = MeetingStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Only the meetings of this working group.") @QueryParam("workingGroup")
                    UUID workingGroup) {
        PageRequest pageRequest = paging.sortedBy(sort, MeetingService.SORTS, "startsAt");
        MeetingFilter filter = new MeetingFilter(
                from == null ? null : from.atStartOfDay(clock.getZone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                parseStatus(status),
                workingGroup);
        return service.list(partnershipId, filter, pageRequest);
    }

    @GET
    @Path("/years")
    @Operation(
            summary = "Meetings per calendar year against the agreement's minimum",
            description = "Last year, this year and next year, and any other year with meetings.")
    @APIResponse(
            responseCode = "200",
            description = "The years, oldest first.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingYear.class)))
    public List<MeetingYear> meetingYears(@PathParam("partnershipId") UUID partnershipId) {
        return service.years(partnershipId);
    }

    @POST
    @Operation(summary = "Plan a meeting")
    @APIResponse(
            responseCode = "201",
            description = "Planned.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingView.class)))
    public Response createMeeting(
            @PathParam("partnershipId") UUID partnershipId, @Valid @NotNull MeetingInput body, UriInfo uri) {
        MeetingView view = service.create(partnershipId, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @POST
    @Path("/series")
    @Operation(
            summary = "Plan a series of meetings",
            description =
                    "By default a year's four quarterly meetings. A week that already has a meeting of the "
                            + "partnership (not a working group's, not cancelled) is skipped; the answer lists the meetings planned.")
    @APIResponse(
            responseCode = "201",
            description = "Planned, in date order.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingSummary.class)))
    public Response createMeetingSeries(
            @PathParam("partnershipId") UUID partnershipId, @Valid @NotNull MeetingSeriesInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(service.createSeries(partnershipId, body))
                .build();
    }

    @GET
    @Path("/{meetingId}")
    @Operation(summary = "Get a meeting with its agenda")
    @APIResponse(
            responseCode = "200",
            description = "The meeting.",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Current version, for If-Match on later edits.",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingView.class)))
    public Response getMeeting(@PathParam("partnershipId") UUID partnershipId, @PathParam("meetingId") UUID meetingId) {
        return withEtag(service.get(partnershipId, meetingId));
    }

    @PUT
    @Path("/{meetingId}")
    @Operation(
            summary = "Change or move a meeting",
            description = "Requires If-Match with the meeting's version; not once held or cancelled.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The meeting is held or cancelled (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateMeeting(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingInput body) {
        return withEtag(service.update(partnershipId, meetingId, Preconditions.expectedVersion(ifMatch), body));
    }

    @POST
    @Path("/{meetingId}/cancel")
    @Operation(summary = "Cancel a meeting", description = "Requires If-Match. A held meeting cannot be cancelled.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already held or cancelled (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancelMeeting(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid MeetingCancellation body) {
        return withEtag(service.cancel(partnershipId, meetingId, Preconditions.expectedVersion(ifMatch), body));
    }

    @POST
    @Path("/{meetingId}/publish")
    @Operation(
            summary = "Publish the agenda",
            description = "Requires If-Match. Later changes to items are marked as changed.")
    @APIResponse(
            responseCode = "200",
            description = "Published.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not a planned meeting, or the agenda is empty (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publishAgenda(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.publishAgenda(partnershipId, meetingId, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{meetingId}/held")
    @Operation(
            summary = "Record that the meeting was held",
            description = "Requires If-Match; from the day of the meeting, after its agenda was published.")
    @APIResponse(
            responseCode = "200",
            description = "Held.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Agenda not published, or before the day (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response markMeetingHeld(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.markHeld(partnershipId, meetingId, Preconditions.expectedVersion(ifMatch)));
    }

    private static Response withEtag(MeetingView view) {
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    private static MeetingStatus parseStatus(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return MeetingStatus.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(
                    new Violation("status", "query", "must be one of " + Arrays.toString(MeetingStatus.values()))));
        }
    }
}
