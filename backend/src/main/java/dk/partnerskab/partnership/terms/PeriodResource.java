package dk.partnerskab.partnership.terms;

import dk.partnerskab.common.files.StorageQuota;
import dk.partnerskab.common.http.Downloads;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.http.RateLimited;
import dk.partnerskab.common.http.RateLimits;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.partnership.dto.ChairPeriodInput;
import dk.partnerskab.partnership.dto.ChairPeriodView;
import dk.partnerskab.partnership.dto.DocumentInfo;
import dk.partnerskab.partnership.dto.TermInput;
import dk.partnerskab.partnership.dto.TermView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(
        name = "Terms and chair periods",
        description = "The agreement's periods and who chairs when; chair, secretariat and admins change them.")
@APIResponse(
        responseCode = "400",
        description = "Invalid input, e.g. overlapping periods (validation-failed, personal-data-rejected).",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PeriodResource {

    private final PeriodService service;
    private final AgreementDocumentService documents;

    public PeriodResource(PeriodService service, AgreementDocumentService documents) {
        this.service = service;
        this.documents = documents;
    }

    @POST
    @Path("/terms")
    @Operation(summary = "Add a term", description = "A renewal is a new term of kind RENEWAL after the current one.")
    @APIResponse(
            responseCode = "201",
            description = "Added.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermView.class)))
    public Response addTerm(
            @PathParam("partnershipId") UUID partnershipId, @Valid @NotNull TermInput body, UriInfo uri) {
        TermView view = service.addTerm(partnershipId, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @PUT
    @Path("/terms/{termId}")
    @Operation(summary = "Change a term", description = "Requires If-Match with the term's version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermView.class)))
    public Response updateTerm(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("termId") UUID termId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TermInput body) {
        TermView view = service.updateTerm(partnershipId, termId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("/terms/{termId}")
    @Operation(summary = "Delete a term", description = "Requires If-Match. It can be restored afterwards.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteTerm(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("termId") UUID termId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteTerm(partnershipId, termId, Preconditions.expectedVersion(ifMatch));
    }

    @POST
    @Path("/terms/{termId}/restore")
    @Operation(summary = "Restore a deleted term", description = "Refused when a term added meanwhile overlaps it.")
    @APIResponse(
            responseCode = "200",
            description = "Restored.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermView.class)))
    public TermView restoreTerm(@PathParam("partnershipId") UUID partnershipId, @PathParam("termId") UUID termId) {
        return service.restoreTerm(partnershipId, termId);
    }

    @RateLimited(RateLimits.Kind.UPLOAD)
    @PUT
    @Path("/terms/{termId}/agreement")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Upload the term's signed agreement",
            description = "The PDF itself as the request body "
                    + "(Content-Type: application/pdf, at most 10 MiB), its name in ?filename=. Replaces an earlier upload. "
                    + "Requires If-Match with the term's version; the answer's ETag is the term's new version.")
    @APIResponse(
            responseCode = "200",
            description = "Stored.",
            headers =
                    @org.eclipse.microprofile.openapi.annotations.headers.Header(
                            name = "ETag",
                            description = "The term's new version.",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DocumentInfo.class)))
    @APIResponse(
            responseCode = "413",
            description = StorageQuota.UPLOAD_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response uploadAgreement(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("termId") UUID termId,
            @Parameter(description = "The file's name.", required = true) @QueryParam("filename") @NoCprNumber
                    String filename,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] body) {
        AgreementDocumentService.Uploaded uploaded = documents.upload(
                partnershipId, termId, Preconditions.expectedVersion(ifMatch), contentType, filename, body);
        return Response.ok(uploaded.document())
                .tag(Preconditions.etag(uploaded.termVersion()))
                .build();
    }

    @GET
    @Path("/terms/{termId}/agreement")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the term's signed agreement")
    @APIResponse(
            responseCode = "200",
            description = "The PDF.",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadAgreement(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("termId") UUID termId) {
        AgreementDocumentService.Download download = documents.download(partnershipId, termId);
        return Downloads.attachment(download.content(), "application/pdf", download.filename());
    }

    @POST
    @Path("/chair-periods")
    @Operation(
            summary = "Add a chair period",
            description = "The chairing organisation runs the secretariat in that period.")
    @APIResponse(
            responseCode = "201",
            description = "Added.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChairPeriodView.class)))
    public Response addChairPeriod(
            @PathParam("partnershipId") UUID partnershipId, @Valid @NotNull ChairPeriodInput body, UriInfo uri) {
        ChairPeriodView view = service.addChairPeriod(partnershipId, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @PUT
    @Path("/chair-periods/{chairPeriodId}")
    @Operation(summary = "Change a chair period", description = "Requires If-Match with the chair period's version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChairPeriodView.class)))
    public Response updateChairPeriod(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("chairPeriodId") UUID chairPeriodId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ChairPeriodInput body) {
        ChairPeriodView view =
                service.updateChairPeriod(partnershipId, chairPeriodId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("/chair-periods/{chairPeriodId}")
    @Operation(summary = "Delete a chair period", description = "Requires If-Match. It can be restored afterwards.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteChairPeriod(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("chairPeriodId") UUID chairPeriodId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteChairPeriod(partnershipId, chairPeriodId, Preconditions.expectedVersion(ifMatch));
    }

    @POST
    @Path("/chair-periods/{chairPeriodId}/restore")
    @Operation(
            summary = "Restore a deleted chair period",
            description = "Refused when a chair period added meanwhile overlaps it.")
    @APIResponse(
            responseCode = "200",
            description = "Restored.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChairPeriodView.class)))
    public ChairPeriodView restoreChairPeriod(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("chairPeriodId") UUID chairPeriodId) {
        return service.restoreChairPeriod(partnershipId, chairPeriodId);
    }
}
