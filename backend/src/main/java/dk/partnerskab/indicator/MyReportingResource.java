package dk.partnerskab.indicator;

import dk.partnerskab.common.security.Roles;
import dk.partnerskab.indicator.dto.ReportingDue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/reporting")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Indicators")
public class MyReportingResource {

    private final ReportingService reporting;

    public MyReportingResource(ReportingService reporting) {
        this.reporting = reporting;
    }

    @GET
    @Operation(
            summary = "My reporting",
            description =
                    "Indicators owned by the organisation I represent in each of my partnerships "
                            + "whose latest finished period (last month, quarter or year) lacks values, with the areas missing; at most 500.")
    @APIResponse(
            responseCode = "200",
            description = "What is due.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ReportingDue.class)))
    public List<ReportingDue> myReporting() {
        return reporting.mine();
    }
}
