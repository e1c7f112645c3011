package dk.partnerskab.indicator;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.indicator.dto.IndicatorInput;
import dk.partnerskab.indicator.dto.IndicatorPage;
import dk.partnerskab.indicator.dto.IndicatorView;
import dk.partnerskab.indicator.dto.MeasurementInput;
import dk.partnerskab.indicator.dto.MeasurementRevisionView;
import dk.partnerskab.indicator.dto.MeasurementView;
import dk.partnerskab.indicator.dto.SeriesView;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
@Tag(
        name = "Indicators",
        description = "What a partnership measures, its values per period and area, and their status. "
                + "Status rule: the plan is a straight line from the baseline to the target; on track at or within 10 % of the planned "
                + "change behind the line (or at the target), at risk further behind but better than the baseline, off track no "
                + "better than the baseline; no data without a value, baseline or target. The status reads the latest "
                + "period every area has reported for (statusPeriod); the latest value may be from a newer period some "
                + "areas lack (completeness: \"2 af 3 områder\"), and for averaged indicators that partial value gets a "
                + "preliminaryStatus. Counts are not given one: a part of a sum is no estimate of it.")
public class IndicatorResource {

    private final IndicatorService indicators;
    private final MeasurementService measurements;

    public IndicatorResource(IndicatorService indicators, MeasurementService measurements) {
        this.indicators = indicators;
        this.measurements = measurements;
    }

    @GET
    @Operation(
            summary = "List a partnership's indicators",
            description = "With their latest value and status; by code.")
    @APIResponse(
            responseCode = "200",
            description = "One page.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorPage.class)))
    public IndicatorPage listIndicators(
            @PathParam("partnershipId") UUID partnershipId,
            @BeanParam PageParams paging,
            @Parameter(
                            description = "Sort key, '-' prefix for descending.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"code", "-code"},
                                            defaultValue = "code"))
                    @QueryParam("sort")
                    String sort) {
        return indicators.list(partnershipId, paging.sortedBy(sort, IndicatorService.SORTS, "code"));
    }

    @POST
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(summary = "Define an indicator", description = "Chair, secretariat and admins.")
    @APIResponse(
            responseCode = "201",
            description = "Defined.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorView.class)))
    public Response createIndicator(
            @PathParam("partnershipId") UUID partnershipId, @Valid @NotNull IndicatorInput body, UriInfo uri) {
        IndicatorView view = indicators.create(partnershipId, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @GET
    @Path("/{indicatorId}")
    @Operation(summary = "One indicator")
    @APIResponse(
            responseCode = "200",
            description = "The indicator.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorView.class)))
    public Response getIndicator(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("indicatorId") UUID indicatorId) {
        IndicatorView view = indicators.get(partnershipId, indicatorId);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @PUT
    @Path("/{indicatorId}")
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(
            summary = "Change an indicator",
            description = "Requires If-Match. The frequency is fixed once there are values, "
                    + "and an area with values stays.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorView.class)))
    public Response updateIndicator(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IndicatorInput body) {
        IndicatorView view =
                indicators.update(partnershipId, indicatorId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("/{indicatorId}")
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(summary = "Delete an indicator", description = "Softly: its values stay on record. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteIndicator(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        indicators.delete(partnershipId, indicatorId, Preconditions.expectedVersion(ifMatch));
    }

    @GET
    @Path("/{indicatorId}/series")
    @Operation(
            summary = "An indicator's series",
            description =
                    "Per area and in total, at the indicator's frequency or added up "
                            + "to QUARTER or YEAR; with baseline and target for the chart. Periods from and to are in the indicator's frequency.")
    @APIResponse(
            responseCode = "200",
            description = "The series.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SeriesView.class)))
    public SeriesView indicatorSeries(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("indicatorId") UUID indicatorId,
            @Parameter(description = "Add up to this frequency.", schema = @Schema(implementation = Frequency.class))
                    @QueryParam("aggregate")
                    String aggregate,
            @Parameter(description = "First period, e.g. 2020-01.") @QueryParam("from") String from,
            @Parameter(description = "Last period, e.g. 2026-12.") @QueryParam("to") String to) {
        return measurements.series(partnershipId, indicatorId, frequency(aggregate), from, to);
    }

    @GET
    @Path("/{indicatorId}/measurements")
    @Operation(
            summary = "An indicator's values with who entered them",
            description = "Newest period first, at most 5,000; " + "by default the last three years.")
    @APIResponse(
            responseCode = "200",
            description = "The values.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = MeasurementView.class)))
    public List<MeasurementView> listMeasurements(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("indicatorId") UUID indicatorId,
            @Parameter(description = "First period.") @QueryParam("from") String from,
            @Parameter(description = "Last period.") @QueryParam("to") String to) {
        return measurements.values(partnershipId, indicatorId, from, to);
    }

    @PUT
    @Path("/{indicatorId}/measurements")
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(
            summary = "Enter or correct a value",
            description = "One value per period and area: entering a period again "
                    + "corrects it and keeps the old value in its history; a correction needs the value's version in If-Match "
                    + "(428 without, 412 when someone changed it since). The secretariat and members from the owning organisation "
                    + "enter values. A value more than five times the median of the area's latest twelve answers 409 "
                    + "confirmation-required until sent again with confirmed: true.")
    @APIResponse(
            responseCode = "200",
            description = "Corrected, or unchanged.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasurementView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Entered.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasurementView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The value needs confirming (confirmation-required).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordMeasurement(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("indicatorId") UUID indicatorId,
            @Parameter(
                            description =
                                    "The version of the value being corrected, as an ETag (\"3\"); not needed for a new value.")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull MeasurementInput body) {
        MeasurementService.Recorded recorded = measurements.record(partnershipId, indicatorId, body, ifMatch);
        return Response.status(recorded.outcome() == MeasurementService.Outcome.CREATED ? 201 : 200)
                .entity(recorded.measurement())
                .tag(Preconditions.etag(recorded.measurement().version()))
                .build();
    }

    @GET
    @Path("/{indicatorId}/measurements/{measurementId}/revisions")
    @Operation(summary = "A value's history", description = "The values it replaced, newest correction first.")
    @APIResponse(
            responseCode = "200",
            description = "The earlier values.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = MeasurementRevisionView.class)))
    public List<MeasurementRevisionView> listMeasurementRevisions(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("indicatorId") UUID indicatorId,
            @PathParam("measurementId") UUID measurementId) {
        return measurements.revisions(partnershipId, indicatorId, measurementId);
    }

    private static Frequency frequency(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Frequency.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    List.of(new Violation("aggregate", "query", "must be MONTH, QUARTER or YEAR")));
        }
    }
}
