package dk.partnerskab.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.partnerskab.common.validation.NoCprNumber;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem details. Nothing else writes error bodies,
 * so every error the API can answer has the same shape and a stable machine key.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.key(), e.getMessage(), uri, null, e.violations());
        if (e instanceof dk.partnerskab.common.http.RateLimits.RateLimitExceeded limited) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds())
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(
                ProblemKey.FORBIDDEN,
                "Your account does not have a role that may use this operation.",
                uri,
                null,
                List.of());
    }

    @ServerExceptionMapper
    public Response beanValidation(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(ProblemMapper::toViolation)
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        List<Violation> personalData = e.getConstraintViolations().stream()
                .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof NoCprNumber)
                .map(ProblemMapper::toViolation)
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        if (!personalData.isEmpty()) {
            return respond(
                    ProblemKey.PERSONAL_DATA_REJECTED,
                    "'" + personalData.get(0).field() + "' looks like it contains a CPR number. Personal data about "
                            + "citizens may not be stored here; describe groups and counts instead.",
                    uri,
                    null,
                    personalData);
        }
        return respond(
                ProblemKey.VALIDATION_FAILED,
                violations.size() == 1
                        ? "Invalid value for '" + violations.get(0).field() + "'."
                        : "Some values are invalid.",
                uri,
                null,
                violations);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException jme ? fieldPath(jme) : "";
        String message = e instanceof UnrecognizedPropertyException ? "unknown field" : "malformed JSON or wrong type";
        List<Violation> violations = List.of(new Violation(field.isEmpty() ? "body" : field, "body", message));
        return respond(
                ProblemKey.VALIDATION_FAILED,
                field.isEmpty() ? "The request body is not valid JSON." : "Invalid value for '" + field + "'.",
                uri,
                null,
                violations);
    }

    // Jackson's own mapper for these answers plain JSON; ours must win for the same type.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // A parameter converter can only hand its problem over wrapped (see UuidParameters).
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        // The JSON reader wraps what a value's own type refused (a date past the end of time) the
        // same way; it still knows the field.
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemKey key = switch (status) {
            case 400 -> ProblemKey.VALIDATION_FAILED;
            case 401 -> ProblemKey.UNAUTHENTICATED;
            case 403 -> ProblemKey.FORBIDDEN;
            case 404 -> ProblemKey.NOT_FOUND;
            case 405 -> ProblemKey.METHOD_NOT_ALLOWED;
            case 406 -> ProblemKey.NOT_ACCEPTABLE;
            case 415 -> ProblemKey.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
        if (key == ProblemKey.UNAUTHENTICATED) {
            return unauthorized(uri);
        }
        if (key != null) {
            return respond(key, defaultDetail(key), uri, null, List.of());
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        // A framework status we have no key for (e.g. 409, 429): keep the status, name it plainly.
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String reason = type == null ? "HTTP " + status : type.getReasonPhrase();
        Problem body = new Problem(
                Problem.TYPE_BASE + "http-" + status,
                reason,
                status,
                reason + ".",
                uri == null ? null : uri.getRequestUri().getRawPath(),
                null,
                null);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        return DatabaseFailure.of(e).map(failure -> database(failure, e, uri)).orElseGet(() -> internal(e, uri));
    }

    /**
     * What the database said, however deeply the persistence and transaction layers wrapped it: a
     * lost race is the user's to retry, an outage the client's to wait out; neither is a 500.
     */
    private Response database(DatabaseFailure failure, Throwable e, UriInfo uri) {
        return switch (failure.kind()) {
            case STALE ->
                respond(
                        ProblemKey.VERSION_MISMATCH,
                        "Someone else changed this at the same moment. Reload it and try again.",
                        uri,
                        null,
                        List.of());
            case DUPLICATE ->
                respond(
                        ProblemKey.CONFLICT,
                        "Someone else added the same thing at the same moment. Reload to see it; change yours if it is "
                                + "still needed.",
                        uri,
                        null,
                        failure.field() == null
                                ? List.of()
                                : List.of(new Violation(failure.field(), "body", "is already taken")));
            case RETRY ->
                respond(
                        ProblemKey.CONFLICT,
                        "The change met another one made at the same moment and was not saved. Try again.",
                        uri,
                        null,
                        List.of());
            case UNAVAILABLE -> {
                LOG.warnf(
                        "Database unavailable on %s: %s",
                        uri == null ? "?" : uri.getRequestUri().getRawPath(), e);
                yield Response.fromResponse(respond(
                                ProblemKey.SERVICE_UNAVAILABLE,
                                "The service cannot reach its database just now. Try again in a few seconds.",
                                uri,
                                null,
                                List.of()))
                        .header(HttpHeaders.RETRY_AFTER, DatabaseFailure.RETRY_AFTER_SECONDS)
                        .build();
            }
        };
    }

    private Response internal(Throwable e, UriInfo uri) {
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(
                e,
                "Unhandled error %s on %s",
                correlationId,
                uri == null ? "?" : uri.getRequestUri().getRawPath());
        return respond(
                ProblemKey.INTERNAL,
                "Something went wrong on our side. Try again; if it persists, report the correlation id.",
                uri,
                correlationId,
                List.of());
    }

    private Response unauthorized(UriInfo uri) {
        Response response = respond(
                ProblemKey.UNAUTHENTICATED,
                "A valid bearer token from the partnerskab realm is required; log in again.",
                uri,
                null,
                List.of());
        return Response.fromResponse(response)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static String defaultDetail(ProblemKey key) {
        return switch (key) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not support the HTTP method used.";
            case NOT_ACCEPTABLE -> "This address answers application/json only.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            default -> key.title() + ".";
        };
    }

    private static Response respond(
            ProblemKey key, String detail, UriInfo uri, String correlationId, List<Violation> violations) {
        Problem body = new Problem(
                key.type(),
                key.title(),
                key.status(),
                detail,
                uri == null ? null : uri.getRequestUri().getRawPath(),
                correlationId,
                violations.isEmpty() ? null : violations);
        return Response.status(key.status())
                .type(Problem.MEDIA_TYPE)
                .entity(body)
                .build();
    }

    private static Violation toViolation(ConstraintViolation<?> v) {
        // Paths look like "create.body.title" or "create.body.purposes[0].<list element>": the first
        // node is the method, the second its parameter; request bodies are always named "body".
        List<String> nodes = new ArrayList<>();
        v.getPropertyPath().forEach(n -> {
            String name = n.getName();
            if (n.getIndex() != null && !nodes.isEmpty()) {
                nodes.set(nodes.size() - 1, nodes.get(nodes.size() - 1) + "[" + n.getIndex() + "]");
            } else if (name != null && !name.startsWith("<")) {
                nodes.add(name);
            }
        });
        if (nodes.size() < 2) {
            return new Violation("body", "body", v.getMessage());
        }
        boolean body = "body".equals(nodes.get(1).replaceAll("\\[.*", ""));
        String field = nodes.size() > 2 ? String.join(".", nodes.subList(2, nodes.size())) : nodes.get(1);
        return new Violation(field, body ? "body" : "query", v.getMessage());
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
