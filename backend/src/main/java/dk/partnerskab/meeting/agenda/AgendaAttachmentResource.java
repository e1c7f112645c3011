package dk.partnerskab.meeting.agenda;

import dk.partnerskab.common.files.StorageQuota;
import dk.partnerskab.common.http.Downloads;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.http.RateLimited;
import dk.partnerskab.common.http.RateLimits;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.common.validation.NoCprNumber;
import dk.partnerskab.meeting.dto.AttachmentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items/{itemId}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Agenda")
public class AgendaAttachmentResource {

    private final AgendaAttachmentService attachments;

    public AgendaAttachmentResource(AgendaAttachmentService attachments) {
        this.attachments = attachments;
    }

    @RateLimited(RateLimits.Kind.UPLOAD)
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Attach a file to an agenda item",
            description = "The file itself as the request body, its name in "
                    + "?filename=: PDF, .docx, .xlsx, .pptx, PNG or JPEG, at most 10 MiB, at most 20 per item. Requires If-Match with "
                    + "the item's version; the answer's ETag is the item's new version.")
    @APIResponse(
            responseCode = "201",
            description = "Stored.",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The item's new version.",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The meeting is cancelled or its minutes published (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = StorageQuota.UPLOAD_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(
            required = true,
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/octet-stream",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response uploadAttachment(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("itemId") UUID itemId,
            @Parameter(description = "The file's name.", required = true) @QueryParam("filename") @NoCprNumber
                    String filename,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] body) {
        AgendaAttachmentService.Uploaded uploaded = attachments.upload(
                partnershipId, meetingId, itemId, Preconditions.expectedVersion(ifMatch), contentType, filename, body);
        return Response.status(Response.Status.CREATED)
                .entity(uploaded.attachment())
                .tag(Preconditions.etag(uploaded.itemVersion()))
                .build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a file of an agenda item")
    @APIResponse(
            responseCode = "200",
            description = "The file, with its own content type.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadAttachment(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("itemId") UUID itemId,
            @PathParam("attachmentId") UUID attachmentId) {
        AgendaAttachmentService.Download file = attachments.download(partnershipId, meetingId, itemId, attachmentId);
        return Downloads.attachment(file.content(), file.contentType(), file.filename());
    }

    @DELETE
    @Path("/{attachmentId}")
    @Operation(
            summary = "Remove a file from an agenda item",
            description = "Requires If-Match with the item's version; the answer's ETag is the item's new version.")
    @APIResponse(
            responseCode = "204",
            description = "Removed.",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The item's new version.",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "409",
            description = "The meeting is cancelled or its minutes published (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deleteAttachment(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @PathParam("itemId") UUID itemId,
            @PathParam("attachmentId") UUID attachmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = attachments.delete(
                partnershipId, meetingId, itemId, attachmentId, Preconditions.expectedVersion(ifMatch));
        return Response.noContent().tag(Preconditions.etag(version)).build();
    }
}
