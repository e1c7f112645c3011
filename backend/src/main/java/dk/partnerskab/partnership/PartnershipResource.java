package dk.partnerskab.partnership;

import dk.partnerskab.audit.AuditPage;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.partnership.dto.PartnershipInput;
import dk.partnerskab.partnership.dto.PartnershipPage;
import dk.partnerskab.partnership.dto.PartnershipView;
import dk.partnerskab.partnership.dto.StatusChange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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
    @Operation(
            summary = "List my partnerships",
            description = "The partnerships the caller is a member of; admins and integrations see all. Paged.")
    @APIResponse(
            responseCode = "200",
            description = "One page of partnerships.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartnershipPage.class)))
    public PartnershipPage list(
            @BeanParam PageParams paging,
            @Parameter(
                            description = "Sort key, '-' prefix for descending.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"name", "-name", "createdAt", "-createdAt"},
                                            defaultValue = "name"))
                    @QueryParam("sort")
                    String sort,
            @Parameter(
                            description = "Only partnerships with this status.",
                            schema = @Schema(implementation = PartnershipStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Case-insensitive part of the name.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT_FILTER))
                    @QueryParam("q")
                    String q,
            @Parameter(description = "Only partnerships this organisation is a party to.") @QueryParam("organisation")
                    UUID organisation) {
        PageRequest pageRequest = paging.sortedBy(sort, PartnershipService.SORTS, "name");
        return service.list(new PartnershipFilter(parseStatus(status), parseText(q), organisation), pageRequest);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get a partnership",
            description = "The whole agreement: parties, signatories, terms, chair periods, "
                    + "purposes, principles, focus areas and milestones. Another partnership's id answers 404.")
    @APIResponse(
            responseCode = "200",
            description = "The partnership.",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Current version, for If-Match on later edits.",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartnershipView.class)))
    public Response get(@Parameter(description = "Partnership id.") @PathParam("id") UUID id) {
        PartnershipView view = service.get(id);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a partnership", description = "Admins only. Starts in status DRAFT.")
    @APIResponse(
            responseCode = "201",
            description = "Created.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartnershipView.class)))
    public Response createPartnership(@Valid @NotNull PartnershipInput body, @Context UriInfo uri) {
        PartnershipView view = service.create(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a partnership",
            description = "The agreement's own fields; chair, secretariat and admins only. "
                    + "Requires If-Match. Rules of procedure are kept as sanitised HTML.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartnershipView.class)))
    public Response updatePartnership(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnershipInput body) {
        PartnershipView view = service.update(id, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a partnership's status",
            description = "DRAFT → ACTIVE → UNDER_EVALUATION → RENEWED or ENDED; "
                    + "RENEWED → UNDER_EVALUATION. Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input (validation-failed).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The lifecycle does not allow this move (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changePartnershipStatus(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChange body) {
        PartnershipView view = service.changeStatus(id, Preconditions.expectedVersion(ifMatch), body.status());
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(
            summary = "A partnership's history",
            description = "Every write, newest first: who, when, what, before and after.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the audit trail.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditPage.class)))
    public AuditPage partnershipHistory(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return service.history(id, paging.inOrder("-occurredAt"));
    }

    private static PartnershipStatus parseStatus(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return PartnershipStatus.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(
                    new Violation("status", "query", "must be one of " + Arrays.toString(PartnershipStatus.values()))));
        }
    }

    private static String parseText(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_TEXT_FILTER) {
            throw ProblemException.invalid(
                    List.of(new Violation("q", "query", "must be at most " + MAX_TEXT_FILTER + " characters")));
        }
        return raw.trim();
    }
}
