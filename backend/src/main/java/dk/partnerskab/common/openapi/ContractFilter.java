package dk.partnerskab.common.openapi;

import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.problem.ProblemKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Final touches to the generated contract: declares the problem responses every API operation can
 * give (401, 403, 500), the 400 of every one that reads input, the 404 of every one with an object
 * in its path, those of every operation that takes If-Match (412, 428) and of every one that takes
 * a body (413, answered by {@link dk.partnerskab.common.http.BodySizeLimit}), so that each resource
 * only declares the ones specific to it and none can be forgotten; publishes the machine keys as
 * the {@code ProblemKey} schema; and keeps nullable references precise and times free of
 * YAML-ambiguous examples (see {@link #filterSchema}).
 */
public class ContractFilter implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "401", "No valid bearer token (unauthenticated).",
            "403", "The caller may not use this operation here (forbidden).",
            "500", "Unexpected server error (internal); quote the correlationId.");

    private static final Map<String, String> CONDITIONAL = Map.of(
            "412", "Changed by someone else since the ETag sent in If-Match (version-mismatch).",
            "428", "If-Match missing (precondition-required).");

    private static final Map<String, String> WITH_BODY =
            Map.of("413", "The request body is larger than the server accepts (payload-too-large).");

    private static final String INVALID_JSON = "Invalid input (validation-failed, personal-data-rejected).";
    private static final String INVALID = "Invalid input (validation-failed).";

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
        if (schema.getAnyOf() != null
                && schema.getType() != null
                && schema.getAnyOf().stream().anyMatch(s -> s.getRef() != null)) {
            schema.setType(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemKeys(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                addProblems(path.getKey(), operation);
            }
        }
    }

    private static void addProblems(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        Map<String, String> problems = new TreeMap<>(COMMON);
        if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            problems.putAll(CONDITIONAL);
        }
        if (operation.getRequestBody() != null) {
            problems.putAll(WITH_BODY);
        }
        if (operation.getRequestBody() != null || parameters.stream().anyMatch(ContractFilter::isParsed)) {
            boolean json = operation.getRequestBody() != null
                    && operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().hasMediaType("application/json");
            problems.put("400", json ? INVALID_JSON : INVALID);
        }
        List<String> objects = objectsIn(path);
        if (!objects.isEmpty()) {
            problems.put("404", "No such " + orList(objects) + " visible to the caller (not-found).");
        }
        // An operation open to callers without a token (the calendar feed) has no 401 or 403.
        boolean open = operation.getSecurity() != null
                && operation.getSecurity().stream()
                        .allMatch(requirement -> requirement.getSchemes() == null
                                || requirement.getSchemes().isEmpty());
        if (open) {
            problems.remove("401");
            problems.remove("403");
        }
        problems.forEach((status, description) -> {
            // Quarkus adds bare 401/403 entries for secured operations; give them our body.
            APIResponse existing = responses.getAPIResponse(status);
            if (existing == null || existing.getContent() == null) {
                responses.addAPIResponse(
                        status,
                        OASFactory.createAPIResponse()
                                .description(description)
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                Problem.MEDIA_TYPE,
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .ref("#/components/schemas/Problem")))));
            }
        });
        // By status, so that every operation reads the same way whichever annotation declared what.
        responses.setAPIResponses(new LinkedHashMap<>(new TreeMap<>(responses.getAPIResponses())));
    }

    /** Whether the API reads the parameter (and so can reject it); a plain string path segment it only looks up. */
    private static boolean isParsed(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.PATH) {
            return true;
        }
        Schema schema = parameter.getSchema();
        return schema != null
                && (schema.getRef() != null
                        || schema.getFormat() != null
                        || schema.getType() != null && !schema.getType().equals(List.of(Schema.SchemaType.STRING)));
    }

    /** The objects a path names, outermost first: {@code /partnerships/{id}/focus-areas/{focusAreaId}} names "partnership", "focus area". */
    private static List<String> objectsIn(String path) {
        List<String> objects = new ArrayList<>();
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                // "agenda-items" reads "agenda item", but "follow-ups" keeps its hyphen.
                String plural = segments[i - 1].replaceAll("-(?!up)", " ");
                objects.add(
                        plural.endsWith("ies")
                                ? plural.substring(0, plural.length() - 3) + "y"
                                : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural);
            }
        }
        return objects;
    }

    private static String orList(List<String> words) {
        return words.size() == 1
                ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** The SPA derives its list of problem keys from this schema, so it is generated from the enum. */
    private static void addProblemKeys(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSchema(
                        "ProblemKey",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("The machine key of a problem: the last segment of its type URI ("
                                        + Problem.TYPE_BASE
                                        + "<key>). A framework status without a key of its own is named http-<status>.")
                                .enumeration(Arrays.stream(ProblemKey.values())
                                        .<Object>map(ProblemKey::key)
                                        .toList()));
    }
}
