package dk.partnerskab.meeting.agenda;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.meeting.dto.AgendaItemInput;
import dk.partnerskab.meeting.dto.AgendaItemView;
import dk.partnerskab.meeting.dto.AgendaOrder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(
        name = "Agendas",
        description = "A meeting's agenda items; chair, secretariat and admins change them until the meeting is held.")
@APIResponse(
        responseCode = "409",
        description = "The meeting is held or cancelled (invalid-state-transition).",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AgendaResource {

    private final AgendaService service;

    public AgendaResource(AgendaService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Add an agenda item", description = "It goes last; after publishing it is marked as changed.")
    @APIResponse(
            responseCode = "201",
            description = "Added.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgendaItemView.class)))
    public Response addAgendaItem(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull AgendaItemInput body,
            UriInfo uri) {
        AgendaItemView view = service.add(partnershipId, meetingId, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @POST
    @Path("/template")
    @Operation(
            summary = "Add the standard items",
            description =
                    "Appends the standard items of a partnership meeting "
                            + "(approval of the agenda and of the last minutes, news from the parties, status, follow-up items, next meeting, any other business).")
    @APIResponse(
            responseCode = "200",
            description = "The whole agenda afterwards.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AgendaItemView.class)))
    public List<AgendaItemView> addAgendaTemplate(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("meetingId") UUID meetingId) {
        return service.addTemplate(partnershipId, meetingId);
    }

    @POST
    @Path("/copy-previous")
    @Operation(
            summary = "Copy the previous meeting's agenda",
            description = "Appends the items of the latest earlier meeting of the same partnership or working group "
                    + "that was not cancelled and has an agenda: titles, kinds, presenters, durations, focus areas "
                    + "and backgrounds; not minutes, decisions or files.")
    @APIResponse(
            responseCode = "200",
            description = "The whole agenda afterwards.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AgendaItemView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The meeting is held or cancelled, or no earlier meeting has an agenda to copy "
                    + "(invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AgendaItemView> copyPreviousAgenda(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("meetingId") UUID meetingId) {
        return service.copyPrevious(partnershipId, meetingId);
    }

    @PUT
    @Path("/order")
    @Operation(
            summary = "Reorder the agenda",
            description = "Lists every current item once. The order belongs to the meeting, "
                    + "so this requires If-Match with the meeting's version and answers its new ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The agenda in its new order.",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The meeting's new version.",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AgendaItemView.class)))
    public Response reorderAgenda(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AgendaOrder body) {
        AgendaService.Reordered result =
                service.reorder(partnershipId, meetingId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(result.items())
                .tag(Preconditions.etag(result.meetingVersion()))
                .build();
    }

    @PUT
    @Path("/{itemId}")
    @Operation(summary = "Change an agenda item", description = "Requires If-Match with the item's version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgendaItemView.class)))
    public Response updateAgendaItem(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("itemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AgendaItemInput body) {
        AgendaItemView view =
                service.update(partnershipId, meetingId, itemId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("/{itemId}")
    @Operation(
            summary = "Delete an agenda item",
            description = "Requires If-Match. It can be restored while the meeting is open.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteAgendaItem(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("itemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(partnershipId, meetingId, itemId, Preconditions.expectedVersion(ifMatch));
    }

    @POST
    @Path("/{itemId}/restore")
    @Operation(summary = "Restore a deleted agenda item", description = "It goes last on the agenda.")
    @APIResponse(
            responseCode = "200",
            description = "Restored.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgendaItemView.class)))
    public AgendaItemView restoreAgendaItem(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("itemId") UUID itemId) {
        return service.restore(partnershipId, meetingId, itemId);
    }
}
