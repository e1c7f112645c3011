package dk.partnerskab.person;

import dk.partnerskab.common.security.Caller;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.partnership.PartnershipService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
@Tag(name = "Me", description = "The caller.")
public class MeResource {

    private final CurrentPerson me;
    private final PartnershipService partnerships;

    public MeResource(CurrentPerson me, PartnershipService partnerships) {
        this.me = me;
        this.partnerships = partnerships;
    }

    @GET
    @Operation(
            summary = "Who am I",
            description = "The caller's name, organisation, realm roles and partnership memberships. "
                    + "The first call with a new login creates the person, or binds an invited one by verified e-mail.")
    @APIResponse(
            responseCode = "200",
            description = "The caller.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeView.class)))
    public MeView me() {
        Caller caller = me.caller();
        return new MeView(
                me.id(),
                caller.username(),
                caller.name(),
                caller.email(),
                caller.organisation(),
                caller.roles().stream().filter(Roles.ALL::contains).sorted().toList(),
                partnerships.membershipsOf(me.id()));
    }
}
