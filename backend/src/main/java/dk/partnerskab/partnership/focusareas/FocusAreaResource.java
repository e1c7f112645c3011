package dk.partnerskab.partnership.focusareas;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.partnership.dto.FocusAreaInput;
import dk.partnerskab.partnership.dto.FocusAreaOrder;
import dk.partnerskab.partnership.dto.FocusAreaView;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/focus-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(
        name = "Focus areas",
        description = "A partnership's numbered focus areas; chair, secretariat and admins change them.")
public class FocusAreaResource {

    private final FocusAreaService service;

    public FocusAreaResource(FocusAreaService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Add a focus area", description = "Gets the next number.")
    @APIResponse(
            responseCode = "201",
            description = "Created.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FocusAreaView.class)))
    public Response createFocusArea(
            @PathParam("partnershipId") UUID partnershipId, @Valid @NotNull FocusAreaInput body, UriInfo uri) {
        FocusAreaView view = service.create(partnershipId, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @PUT
    @Path("/{focusAreaId}")
    @Operation(summary = "Change a focus area", description = "Requires If-Match with the focus area's version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FocusAreaView.class)))
    public Response updateFocusArea(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("focusAreaId") UUID focusAreaId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FocusAreaInput body) {
        FocusAreaView view = service.update(partnershipId, focusAreaId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("/{focusAreaId}")
    @Operation(summary = "Delete a focus area", description = "Requires If-Match. It can be restored afterwards.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteFocusArea(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("focusAreaId") UUID focusAreaId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(partnershipId, focusAreaId, Preconditions.expectedVersion(ifMatch));
    }

    @POST
    @Path("/{focusAreaId}/restore")
    @Operation(summary = "Restore a deleted focus area", description = "Takes a new number if its old one is in use.")
    @APIResponse(
            responseCode = "200",
            description = "Restored.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FocusAreaView.class)))
    public FocusAreaView restoreFocusArea(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("focusAreaId") UUID focusAreaId) {
        return service.restore(partnershipId, focusAreaId);
    }

    @PUT
    @Path("/order")
    @Operation(
            summary = "Reorder the focus areas",
            description =
                    "Lists every current focus area once; they are renumbered from 1. "
                            + "The order is part of the agreement, so this requires If-Match with the partnership's version and answers its new ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The focus areas in their new order.",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The partnership's new version.",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = FocusAreaView.class)))
    public Response reorderFocusAreas(
            @PathParam("partnershipId") UUID partnershipId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FocusAreaOrder body) {
        FocusAreaService.Reordered result =
                service.reorder(partnershipId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(result.focusAreas())
                .tag(Preconditions.etag(result.partnershipVersion()))
                .build();
    }
}
