package dk.partnerskab.common.openapi;

import dk.partnerskab.common.problem.Problem;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Final touches to the generated contract: declares the problem responses every API operation can
 * give (401, 403, 500), those of every operation that takes If-Match (412, 428) and of every one
 * that takes a body (413, answered by {@link dk.partnerskab.common.http.BodySizeLimit}), so that each
 * resource only declares the ones specific to it and none can be forgotten; and keeps nullable
 * references precise and times free of YAML-ambiguous examples (see {@link #filterSchema}).
 */
public class ContractFilter implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "401", "No valid bearer token (unauthenticated).",
            "403", "The caller may not use this operation here (forbidden).",
            "500", "Unexpected server error (internal); quote the correlationId.");

    private static final Map<String, String> CONDITIONAL = Map.of(
            "412", "Changed by someone else since the ETag sent in If-Match (version-mismatch).",
            "428", "If-Match missing (precondition-required).");

    private static final Map<String, String> WITH_BODY = Map.of(
            "413", "The request body is larger than the server accepts (payload-too-large).");

    /**
     * A nullable reference comes out as {@code type + anyOf[$ref, null]}; the extra {@code type}
     * widens an enum to any string in generated clients, so only the {@code anyOf} is kept.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        // An unquoted example such as 13:45:30 reads as a base-60 number to YAML 1.1 parsers.
        if ("local-time".equals(schema.getFormat())) {
            schema.setExamples(null);
        }
        if (schema.getAnyOf() != null && schema.getType() != null
                && schema.getAnyOf().stream().anyMatch(s -> s.getRef() != null)) {
            schema.setType(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                APIResponses responses = operation.getResponses();
                boolean conditional = operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
                Map<String, String> problems = new java.util.TreeMap<>(COMMON);
                if (conditional) {
                    problems.putAll(CONDITIONAL);
                }
                if (operation.getRequestBody() != null) {
                    problems.putAll(WITH_BODY);
                }
                // An operation open to callers without a token (the calendar feed) has no 401 or 403.
                boolean open = operation.getSecurity() != null && operation.getSecurity().stream()
                        .allMatch(requirement -> requirement.getSchemes() == null || requirement.getSchemes().isEmpty());
                if (open) {
                    problems.remove("401");
                    problems.remove("403");
                }
                problems.entrySet().forEach(e -> {
                    // Quarkus adds bare 401/403 entries for secured operations; give them our body.
                    var existing = responses.getAPIResponse(e.getKey());
                    if (existing == null || existing.getContent() == null) {
                        responses.addAPIResponse(e.getKey(), OASFactory.createAPIResponse()
                                .description(e.getValue())
                                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                        OASFactory.createMediaType().schema(
                                                OASFactory.createSchema().ref("#/components/schemas/Problem")))));
                    }
                });
            }
        }
    }
}
