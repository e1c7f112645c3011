package dk.partnerskab.organisation;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.organisation.dto.OrganisationInput;
import dk.partnerskab.organisation.dto.OrganisationPage;
import dk.partnerskab.organisation.dto.OrganisationView;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
@Tag(name = "Organisations", description = "Kommuner, politikredse and other parties; admins maintain them.")
public class OrganisationResource {

    private final OrganisationService service;

    public OrganisationResource(OrganisationService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List organisations",
            description = "Paged by name; filter by part of the name, kind and active.")
    @APIResponse(
            responseCode = "200",
            description = "One page of organisations.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationPage.class)))
    public OrganisationPage listOrganisations(
            @BeanParam PageParams paging,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"name", "-name"},
                                            defaultValue = "name"))
                    @QueryParam("sort")
                    String sort,
            @Parameter(
                            description = "Case-insensitive part of the name.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    @QueryParam("q")
                    String q,
            @Parameter(schema = @Schema(implementation = OrganisationKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("active") String active) {
        return service.list(
                text(q), parseKind(kind), parseBoolean(active), paging.sortedBy(sort, Set.of("name"), "name"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an organisation")
    @APIResponse(
            responseCode = "200",
            description = "The organisation.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationView.class)))
    public Response getOrganisation(@PathParam("id") UUID id) {
        OrganisationView view = service.get(id);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an organisation",
            description = "Admins only. Names are unique; a CVR number must have a valid check digit.")
    @APIResponse(
            responseCode = "201",
            description = "Created.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationView.class)))
    public Response createOrganisation(@Valid @NotNull OrganisationInput body, @Context UriInfo uri) {
        OrganisationView view = service.create(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Preconditions.etag(view.version()))
                .entity(view)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change or deactivate an organisation", description = "Admins only; requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationView.class)))
    public Response updateOrganisation(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrganisationInput body) {
        OrganisationView view = service.update(id, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    private static String text(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 200) {
            throw ProblemException.invalid(List.of(new Violation("q", "query", "must be at most 200 characters")));
        }
        return raw.strip();
    }

    private static OrganisationKind parseKind(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OrganisationKind.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(
                    new Violation("kind", "query", "must be one of " + Arrays.toString(OrganisationKind.values()))));
        }
    }

    private static Boolean parseBoolean(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw ProblemException.invalid(List.of(new Violation("active", "query", "must be true or false")));
        };
    }
}
