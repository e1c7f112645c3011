package dk.partnerskab.partnership;

import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.common.validation.Ids;
import dk.partnerskab.partnership.dto.PartnershipPage;
import dk.partnerskab.partnership.dto.PartnershipView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
@Tag(name = "Partnerships", description = "Partnership agreements the caller can see.")
public class PartnershipResource {

    private static final int MAX_TEXT_FILTER = 200;

    private final PartnershipService service;

    public PartnershipResource(PartnershipService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List my partnerships",
            description = "The partnerships the caller is a member of; admins and integrations see all. Paged.")
    @APIResponse(responseCode = "200", description = "One page of partnerships.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipPage.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is invalid (validation-failed).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartnershipPage list(
            @Parameter(description = "Zero-based page number.", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "Sort key, '-' prefix for descending.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"name", "-name", "createdAt", "-createdAt"}, defaultValue = "name"))
            @QueryParam("sort") String sort,
            @Parameter(description = "Only partnerships with this status.", schema = @Schema(implementation = PartnershipStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Case-insensitive part of the name.", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT_FILTER))
            @QueryParam("q") String q) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, PartnershipService.SORTS, "name");
        return service.list(new PartnershipFilter(parseStatus(status), parseText(q)), pageRequest);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a partnership", description = "The whole agreement: parties, signatories, terms, chair periods, "
            + "purposes, principles, focus areas and milestones. Another partnership's id answers 404.")
    @APIResponse(responseCode = "200", description = "The partnership.",
            headers = @Header(name = "ETag", description = "Current version, for If-Match on later edits.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID (validation-failed).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such partnership visible to the caller (not-found).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(description = "Partnership id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        PartnershipView view = service.get(Ids.parse(id, "id"));
        return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
    }

    private static PartnershipStatus parseStatus(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return PartnershipStatus.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(new Violation("status", "query",
                    "must be one of " + Arrays.toString(PartnershipStatus.values()))));
        }
    }

    private static String parseText(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_TEXT_FILTER) {
            throw ProblemException.invalid(List.of(new Violation("q", "query", "must be at most " + MAX_TEXT_FILTER + " characters")));
        }
        return raw.trim();
    }
}
