package dk.partnerskab.indicator;

import dk.partnerskab.common.http.RateLimited;
import dk.partnerskab.common.http.RateLimits;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.indicator.dto.ImportReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}")
@Tag(name = "Indicators")
public class MeasurementFileResource {

    private static final String CSV = "text/csv";

    private final MeasurementImport imports;
    private final MeasurementExport exports;

    public MeasurementFileResource(MeasurementImport imports, MeasurementExport exports) {
        this.imports = imports;
        this.exports = exports;
    }

    @RateLimited(RateLimits.Kind.IMPORT)
    @POST
    @Path("/measurements/import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(
            summary = "Import values from CSV or Excel",
            description = "The file itself as the body (text/csv, or .xlsx; at most 100,000 rows, 50 columns and "
                    + "5,000 characters a cell), its "
                    + "name in ?filename=. Columns in the first row: indikator, område, periode, værdi, and optionally kilde and note "
                    + "(English names work too). With dryRun=true (the default) nothing is stored and the answer says per row what would "
                    + "be created, corrected, left unchanged or rejected and why. With dryRun=false all rows are stored or, when any is "
                    + "rejected, none (400 naming each bad row). Importing the same file again changes nothing. Only the chair, the "
                    + "secretariat and members who report for their organisation import (403 before the file is read); one import "
                    + "of a partnership runs at a time (409 import-in-progress).")
    @APIResponse(
            responseCode = "200",
            description = "The preview, or what was stored.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    @RequestBody(
            required = true,
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MeasurementFile.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public ImportReport importMeasurements(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(
                            description = "Only preview; default true.",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
                    @QueryParam("dryRun")
                    String dryRun,
            @Parameter(description = "The file's name.") @QueryParam("filename") @NoCprNumber String filename,
            @Parameter(
                            description =
                                    "When storing: the previewedAt of the preview the user saw. A value "
                                            + "entered or corrected after it is reported (409 conflict naming the rows) instead of overwritten.",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("previewedAt")
                    java.time.OffsetDateTime previewedAt,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        boolean preview = dryRun == null || dryRun.isBlank() || !"false".equalsIgnoreCase(dryRun.strip());
        if (dryRun != null
                && !dryRun.isBlank()
                && !List.of("true", "false").contains(dryRun.strip().toLowerCase(Locale.ROOT))) {
            throw ProblemException.invalid(List.of(new Violation("dryRun", "query", "must be true or false")));
        }
        return imports.run(
                partnershipId,
                body,
                contentType,
                filename,
                preview,
                previewedAt == null ? null : previewedAt.toInstant());
    }

    @GET
    @Path("/measurements/export")
    @Produces({CSV, MeasurementFile.XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(
            summary = "Export all the partnership's values",
            description = "As CSV (semicolons, decimal commas) or xlsx, in " + "the columns the import reads.")
    @APIResponse(
            responseCode = "200",
            description = "The file.",
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MeasurementFile.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response exportMeasurements(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(
                            description = "csv (default) or xlsx.",
                            schema =
                                    @Schema(
                                            enumeration = {"csv", "xlsx"},
                                            defaultValue = "csv"))
                    @QueryParam("format")
                    String format) {
        return file(exports.export(partnershipId, null, format(format)), format(format), "vaerdier");
    }

    @GET
    @Path("/indicators/{indicatorId}/export")
    @Produces({CSV, MeasurementFile.XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(
            summary = "Export an indicator's values",
            description = "As CSV or xlsx, in the columns the import reads.")
    @APIResponse(
            responseCode = "200",
            description = "The file.",
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MeasurementFile.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response exportIndicator(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("indicatorId") UUID indicatorId,
            @Parameter(
                            description = "csv (default) or xlsx.",
                            schema =
                                    @Schema(
                                            enumeration = {"csv", "xlsx"},
                                            defaultValue = "csv"))
                    @QueryParam("format")
                    String format) {
        return file(
                exports.export(partnershipId, indicatorId, format(format)), format(format), "indikator-" + indicatorId);
    }

    private static MeasurementExport.Format format(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("csv")) {
            return MeasurementExport.Format.CSV;
        }
        if (raw.strip().equalsIgnoreCase("xlsx")) {
            return MeasurementExport.Format.XLSX;
        }
        throw ProblemException.invalid(List.of(new Violation("format", "query", "must be csv or xlsx")));
    }

    private static Response file(byte[] content, MeasurementExport.Format format, String name) {
        boolean csv = format == MeasurementExport.Format.CSV;
        return Response.ok(content, csv ? CSV + ";charset=utf-8" : MeasurementFile.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + (csv ? ".csv" : ".xlsx") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
