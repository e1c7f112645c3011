package dk.partnerskab.partnership.storage;

import dk.partnerskab.common.security.Roles;
import dk.partnerskab.partnership.dto.StorageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/storage")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Partnerships")
public class StorageResource {

    private final StorageService service;

    public StorageResource(StorageService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "Show what the partnership's files take up",
            description = "The signed agreements, agenda files and activity reports against the partnership's "
                    + "storage quota; an upload that would go over it answers 413 storage-quota-exceeded. "
                    + "For the chair, the secretariat and admins.")
    @APIResponse(
            responseCode = "200",
            description = "The usage.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StorageView.class)))
    public StorageView getStorage(@PathParam("partnershipId") UUID partnershipId) {
        return service.usage(partnershipId);
    }
}
