package dk.partnerskab.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.problem.ProblemKey;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an announced body over {@code quarkus.http.limits.max-body-size} with problem+json.
 * Vert.x would otherwise refuse it with a bare 413 before any of our code runs, and the SPA could
 * not tell the user what went wrong. A body that arrives without Content-Length and turns out too
 * big still gets the bare 413: browsers always announce a file's length.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Runs before Quarkus's own limit check, which sits at route order -2. */
    private static final int PRIORITY = 10;

    private final long maxBytes;
    private final ObjectMapper json;

    public BodySizeLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max, ObjectMapper json) {
        this.maxBytes = max.asLongValue();
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        String announced = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = announced == null ? -1 : Long.parseLong(announced.trim());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= maxBytes) {
            context.next();
            return;
        }
        ProblemKey key = ProblemKey.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(
                key.type(),
                key.title(),
                key.status(),
                "The request body has " + length + " bytes; at most " + maxBytes
                        + " are accepted. Send a smaller file.",
                context.request().path(),
                null,
                null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The body is not read, so the connection cannot be reused for a next request.
        context.response()
                .setStatusCode(key.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
