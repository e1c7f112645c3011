package dk.partnerskab.indicator;

import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.indicator.dto.PeriodReportInput;
import dk.partnerskab.indicator.dto.PeriodReportResult;
import dk.partnerskab.indicator.dto.ReportingGrid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/reporting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Indicators")
public class PeriodReportingResource {

    private final PeriodReporting reporting;

    public PeriodReportingResource(PeriodReporting reporting) {
        this.reporting = reporting;
    }

    @GET
    @Operation(
            summary = "A period's values to report",
            description = "The indicators of the period's frequency the caller enters values for (members: those "
                    + "their organisation owns; the secretariat: all), each with its areas and the stored values "
                    + "and versions. Only those who report values.")
    @APIResponse(
            responseCode = "200",
            description = "The form.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportingGrid.class)))
    public ReportingGrid getReportingGrid(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(
                            description = "A month (2026-03), quarter (2026-Q1) or year (2026); by default the latest "
                                    + "finished period of the caller's most frequent indicators.")
                    @QueryParam("period")
                    String period) {
        return reporting.grid(partnershipId, period);
    }

    @PUT
    @Operation(
            summary = "Enter a period's values at once",
            description = "Enters or corrects values of several indicators and areas for one period, all or none, "
                    + "by the rules of a single value. A refusal names each value concerned as values[i].field: "
                    + "400 validation-failed, 403 forbidden (an indicator the caller does not report), 409 "
                    + "import-in-progress while an import runs, 412 version-mismatch when a value was entered or "
                    + "corrected since it was read (send the version read; none for a new value), 409 "
                    + "confirmation-required for values far above their area's recent ones until sent with "
                    + "confirmed: true.")
    @APIResponse(
            responseCode = "200",
            description = "Stored.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PeriodReportResult.class)))
    @APIResponse(
            responseCode = "409",
            description = "Values need confirming (confirmation-required), or an import runs (import-in-progress).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "Values were changed by someone else since read (version-mismatch).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PeriodReportResult reportPeriod(
            @PathParam("partnershipId") UUID partnershipId, @Valid @NotNull PeriodReportInput body) {
        return reporting.save(partnershipId, body);
    }
}
