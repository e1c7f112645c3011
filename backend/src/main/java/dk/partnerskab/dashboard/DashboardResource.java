package dk.partnerskab.dashboard;

import dk.partnerskab.common.security.Roles;
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

@Path("/partnerships/{partnershipId}/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
@Tag(name = "Goals")
public class DashboardResource {

    private final DashboardService dashboards;

    public DashboardResource(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GET
    @Operation(
            summary = "The partnership's dashboard",
            description = "Active goals and indicators with their status, the recent "
                    + "totals of each indicator for a sparkline, and the latest values entered.")
    @APIResponse(
            responseCode = "200",
            description = "The dashboard.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DashboardView.class)))
    public DashboardView dashboard(@PathParam("partnershipId") UUID partnershipId) {
        return dashboards.dashboard(partnershipId);
    }
}
