package dk.partnerskab.partnership.parties;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.partnership.dto.PartyInput;
import dk.partnerskab.partnership.dto.PartyView;
import dk.partnerskab.partnership.dto.SignatoryInput;
import dk.partnerskab.partnership.dto.SignatoryView;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/parties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Parties and signatories", description = "Who is party to the agreement and who signed for them.")
public class PartyResource {

    private final PartyService service;

    public PartyResource(PartyService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Add a party")
    @APIResponse(
            responseCode = "201",
            description = "Added.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartyView.class)))
    public Response addParty(
            @PathParam("partnershipId") UUID partnershipId, @Valid @NotNull PartyInput body, UriInfo uri) {
        PartyView view = service.addParty(partnershipId, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @DELETE
    @Path("/{partyId}")
    @Operation(
            summary = "Remove a party",
            description = "Requires If-Match; the party and its signatories can be restored.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public void removeParty(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partyId") UUID partyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removeParty(partnershipId, partyId, Preconditions.expectedVersion(ifMatch));
    }

    @POST
    @Path("/{partyId}/restore")
    @Operation(summary = "Restore a removed party")
    @APIResponse(
            responseCode = "200",
            description = "Restored.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartyView.class)))
    public PartyView restoreParty(@PathParam("partnershipId") UUID partnershipId, @PathParam("partyId") UUID partyId) {
        return service.restoreParty(partnershipId, partyId);
    }

    @POST
    @Path("/{partyId}/signatories")
    @Operation(summary = "Add a signatory to a party")
    @APIResponse(
            responseCode = "201",
            description = "Added.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SignatoryView.class)))
    public Response addSignatory(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partyId") UUID partyId,
            @Valid @NotNull SignatoryInput body,
            UriInfo uri) {
        SignatoryView view = service.addSignatory(partnershipId, partyId, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @PUT
    @Path("/{partyId}/signatories/{signatoryId}")
    @Operation(summary = "Change a signatory", description = "Requires If-Match with the signatory's version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SignatoryView.class)))
    public Response updateSignatory(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partyId") UUID partyId,
            @PathParam("signatoryId") UUID signatoryId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SignatoryInput body) {
        SignatoryView view = service.updateSignatory(
                partnershipId, partyId, signatoryId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("/{partyId}/signatories/{signatoryId}")
    @Operation(summary = "Remove a signatory", description = "Requires If-Match; it can be restored.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public void removeSignatory(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partyId") UUID partyId,
            @PathParam("signatoryId") UUID signatoryId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removeSignatory(partnershipId, partyId, signatoryId, Preconditions.expectedVersion(ifMatch));
    }

    @POST
    @Path("/{partyId}/signatories/{signatoryId}/restore")
    @Operation(summary = "Restore a removed signatory")
    @APIResponse(
            responseCode = "200",
            description = "Restored.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SignatoryView.class)))
    public SignatoryView restoreSignatory(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partyId") UUID partyId,
            @PathParam("signatoryId") UUID signatoryId) {
        return service.restoreSignatory(partnershipId, partyId, signatoryId);
    }
}
